package main

func rightSideView(root *TreeNode) []int {
	// breadth first, one level at a time: the last node of each level is the visible one
	view := []int{}
	var level []*TreeNode
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		view = append(view, level[len(level)-1].Val)
		var next []*TreeNode
		for _, node := range level {
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		level = next
	}
	return view
}
