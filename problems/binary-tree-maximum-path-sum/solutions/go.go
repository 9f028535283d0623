package main

func maxPathSum(root *TreeNode) int {
	// List the nodes breadth first with their parent (no recursion, so a long path is safe)
	// and handle them backwards, children before parents. gain is the best sum of a path going
	// down from a node (never below 0 once offered to the parent: a negative branch is left
	// out); a path turning at a node adds the gains offered by both children.
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
	n := len(order)
	left := make([]int, n)
	right := make([]int, n)
	best := root.Val
	for i := n - 1; i >= 0; i-- {
		node := order[i]
		if turn := node.Val + left[i] + right[i]; turn > best {
			best = turn
		}
		gain := node.Val + left[i]
		if right[i] > left[i] {
			gain = node.Val + right[i]
		}
		if gain > 0 && i > 0 {
			p := parent[i]
			if order[p].Left == node {
				left[p] = gain
			} else {
				right[p] = gain
			}
		}
	}
	return best
}
