package main

// Wrong: assigns the mirrored right subtree to Left before saving the old left one, so the second
// line mirrors the new left subtree back and both children end up as the old right subtree.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left = invertTree(root.Right)
	root.Right = invertTree(root.Left)
	return root
}
