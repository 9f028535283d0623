package main

func findRedundantConnection(edges [][]int) []int {
	// Union-find in input order: the first edge whose ends are already connected closes the only
	// cycle, and it is the cycle's last edge in the input.
	n := len(edges)
	parent := make([]int, n+1)
	for i := range parent {
		parent[i] = i
	}
	for _, edge := range edges {
		a, b := edge[0], edge[1]
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		for parent[b] != b {
			parent[b] = parent[parent[b]]
			b = parent[b]
		}
		if a == b {
			return edge
		}
		parent[a] = b
	}
	return []int{}
}
