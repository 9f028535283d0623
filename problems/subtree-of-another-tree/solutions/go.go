package main

const subtreeNone = 1 << 20 // outside the value range

func subtreePreorder(tree *TreeNode) []int {
	var out []int
	stack := []*TreeNode{tree}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if node == nil {
			out = append(out, subtreeNone)
		} else {
			out = append(out, node.Val)
			stack = append(stack, node.Right, node.Left)
		}
	}
	return out
}

func isSubtree(root *TreeNode, subRoot *TreeNode) bool {
	// Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
	// of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
	// O(n + m). The traversals use an explicit stack: a tree may be one long path.
	text, pat := subtreePreorder(root), subtreePreorder(subRoot)
	m := len(pat)
	fail := make([]int, m) // fail[i]: the longest proper border of pat[0..i]
	k := 0
	for i := 1; i < m; i++ {
		for k > 0 && pat[i] != pat[k] {
			k = fail[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		fail[i] = k
	}
	k = 0
	for _, x := range text {
		for k > 0 && x != pat[k] {
			k = fail[k-1]
		}
		if x == pat[k] {
			k++
			if k == m {
				return true
			}
		}
	}
	return false
}
