package main

func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	copies := map[*Node]*Node{node: &Node{Val: node.Val}}
	queue := []*Node{node}
	for len(queue) > 0 {
		original := queue[0]
		queue = queue[1:]
		for _, neighbor := range original.Neighbors {
			if _, seen := copies[neighbor]; !seen {
				copies[neighbor] = &Node{Val: neighbor.Val}
				queue = append(queue, neighbor)
			}
			copies[original].Neighbors = append(copies[original].Neighbors, copies[neighbor])
		}
	}
	return copies[node]
}
