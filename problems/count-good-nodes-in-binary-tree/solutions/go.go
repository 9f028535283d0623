package main

func goodNodes(root *TreeNode) int {
	// depth-first walk with an explicit stack of (node, largest value above it): a node is good when
	// its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
	type item struct {
		node *TreeNode
		best int
	}
	count := 0
	stack := []item{{root, root.Val}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		node, best := top.node, top.best
		if node.Val >= best {
			count++
			best = node.Val
		}
		if node.Left != nil {
			stack = append(stack, item{node.Left, best})
		}
		if node.Right != nil {
			stack = append(stack, item{node.Right, best})
		}
	}
	return count
}
