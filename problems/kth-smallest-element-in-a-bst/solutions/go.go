package main

func kthSmallest(root *TreeNode, k int) int {
	// in-order walk with an explicit stack: it meets the values in increasing order, so the
	// k-th node popped holds the answer (no recursion, so a long path is safe)
	var stack []*TreeNode
	node := root
	for {
		for node != nil {
			stack = append(stack, node)
			node = node.Left
		}
		node = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		k--
		if k == 0 {
			return node.Val
		}
		node = node.Right
	}
}
