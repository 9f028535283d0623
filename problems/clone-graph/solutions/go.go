package main

func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	// copies maps every original node reached so far to its copy; breadth-first, no recursion
	copies := map[*Node]*Node{node: {Val: node.Val}}
	queue := []*Node{node}
	for head := 0; head < len(queue); head++ {
		original := queue[head]
		copy := copies[original]
		for _, nb := range original.Neighbors {
			nbCopy, ok := copies[nb]
			if !ok {
				nbCopy = &Node{Val: nb.Val}
				copies[nb] = nbCopy
				queue = append(queue, nb)
			}
			copy.Neighbors = append(copy.Neighbors, nbCopy)
		}
	}
	return copies[node]
}
