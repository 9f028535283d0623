// The graph of a problem that has a GraphNode (LeetCode's Node); declared only then, so that a user's own Node
// (a trie's, a cache's) does not clash with it elsewhere.
type Node struct {
	Val       int
	Neighbors []*Node
}

// codedrillGiven holds the nodes built for the test's input: a returned graph must not reuse them.
var codedrillGiven = map[*Node]bool{}

// codedrillGraph reads a graph: its number of nodes n, then for each node 1..n its neighbours' values; it gives node 1
// (nil when n is 0).
func codedrillGraph() *Node {
	n := codedrillInt()
	nodes := make([]*Node, n)
	for i := range nodes {
		nodes[i] = &Node{Val: i + 1}
		codedrillGiven[nodes[i]] = true
	}
	for _, node := range nodes {
		d := codedrillInt()
		node.Neighbors = make([]*Node, d)
		for j := range node.Neighbors {
			node.Neighbors[j] = nodes[codedrillInt()-1]
		}
	}
	if n == 0 {
		return nil
	}
	return nodes[0]
}

// codedrillGraphJSON writes the graph reached from node (breadth first, neighbours in order) as adjacency lists:
// entry i holds the neighbours' values of the node of value i+1; no node is []. A graph that reuses a given node,
// or whose values are not 1 to k, is wrong (codedrillWrong says why).
func codedrillGraphJSON(node *Node) string {
	if node == nil {
		return "[]"
	}
	seen := map[*Node]bool{node: true}
	order := []*Node{node}
	for q := 0; q < len(order); q++ {
		for _, next := range order[q].Neighbors {
			if next != nil && !seen[next] {
				seen[next] = true
				order = append(order, next)
				if len(order) > codedrillNodeLimit {
					panic("the returned graph has more than 10^6 nodes")
				}
			}
		}
	}
	for _, n := range order {
		if codedrillGiven[n] {
			codedrillWrong = fmt.Sprintf("The returned graph is not a copy: node %d is one of the given nodes. "+
				"Build new nodes.", n.Val)
			break
		}
	}
	k := len(order)
	byValue := make([]*Node, k)
	for _, n := range order {
		fault := ""
		if n.Val < 1 || n.Val > k {
			fault = fmt.Sprintf("a node has the value %d", n.Val)
		} else if byValue[n.Val-1] != nil {
			fault = fmt.Sprintf("two nodes have the value %d", n.Val)
		}
		if fault != "" {
			if codedrillWrong == "" {
				codedrillWrong = fmt.Sprintf("The returned graph's nodes must have the values 1 to %d, each once: %s.",
					k, fault)
			}
			return "null"
		}
		byValue[n.Val-1] = n
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, n := range byValue {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for j, next := range n.Neighbors {
			if j > 0 {
				b.WriteByte(',')
			}
			if next == nil {
				b.WriteString("null") // a nil neighbour: the graph cannot match
			} else {
				b.WriteString(strconv.Itoa(next.Val))
			}
		}
		b.WriteByte(']')
	}
	b.WriteByte(']')
	return b.String()
}
