package main

func lowestCommonAncestor(root *TreeNode, p int, q int) int {
	// walk down from the root: while both values lie on the same side of the node, go to that
	// side; the first node between them (inclusive) is where their paths part: O(height), no recursion
	lo, hi := p, q
	if lo > hi {
		lo, hi = hi, lo
	}
	node := root
	for {
		if hi < node.Val {
			node = node.Left
		} else if lo > node.Val {
			node = node.Right
		} else {
			return node.Val
		}
	}
}
