package main

func diameterOfBinaryTree(root *TreeNode) int {
	// List the nodes breadth first with their parent's index (no recursion, so a long path is
	// safe). Going through the list backwards, every child is finished before its parent:
	// down[i] is the longest downward path from node i, in edges, and a path turning at p joins
	// p's best branch so far with the branch through the current child.
	if root == nil {
		return 0
	}
	order := []*TreeNode{root}
	parent := []int{-1}
	for i := 0; i < len(order); i++ {
		node := order[i]
		if node.Left != nil {
			order = append(order, node.Left)
			parent = append(parent, i)
		}
		if node.Right != nil {
			order = append(order, node.Right)
			parent = append(parent, i)
		}
	}
	down := make([]int, len(order))
	best := 0
	for i := len(order) - 1; i > 0; i-- {
		p := parent[i]
		branch := down[i] + 1
		if down[p]+branch > best {
			best = down[p] + branch
		}
		if branch > down[p] {
			down[p] = branch
		}
	}
	return best
}
