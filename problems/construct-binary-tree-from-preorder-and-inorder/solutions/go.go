package main

func buildTree(preorder []int, inorder []int) *TreeNode {
	// One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
	// The stack holds the nodes on the current left spine whose right subtree is still open. While
	// the top is not the next inorder value, the next preorder value is a left child; once it is,
	// pop the nodes whose inorder turn has come, and the next value is the right child of the last
	// node popped. O(n) time.
	if len(preorder) == 0 {
		return nil
	}
	root := &TreeNode{Val: preorder[0]}
	stack := []*TreeNode{root}
	j := 0 // the next inorder position not yet matched
	for _, v := range preorder[1:] {
		node := stack[len(stack)-1]
		if node.Val != inorder[j] {
			node.Left = &TreeNode{Val: v}
			stack = append(stack, node.Left)
		} else {
			for len(stack) > 0 && stack[len(stack)-1].Val == inorder[j] {
				node = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				j++
			}
			node.Right = &TreeNode{Val: v}
			stack = append(stack, node.Right)
		}
	}
	return root
}
