package main

import "math"

func isValidBST(root *TreeNode) bool {
	// iterative in-order traversal: the values must come out strictly increasing
	stack := []*TreeNode{}
	node := root
	prev := math.MinInt64
	for len(stack) > 0 || node != nil {
		for node != nil {
			stack = append(stack, node)
			node = node.Left
		}
		node = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if node.Val <= prev {
			return false
		}
		prev = node.Val
		node = node.Right
	}
	return true
}
