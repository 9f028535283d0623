package main

func levelOrder(root *TreeNode) [][]int {
	result := [][]int{}
	if root == nil {
		return result
	}
	current := []*TreeNode{root}
	for len(current) > 0 {
		next := []*TreeNode{}
		level := make([]int, 0, len(current))
		for _, node := range current {
			level = append(level, node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		result = append(result, level)
		current = next
	}
	return result
}
