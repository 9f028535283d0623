package main

func minCameraCover(root *TreeNode) int {
	// Greedy from the leaves up, each node in one of three states:
	//   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
	// A missing child counts as watched. A node with an unwatched child takes a camera; a node with
	// a camera child is watched; otherwise it waits for its parent. Children are handled before
	// their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
	order := []*TreeNode{root}
	var leftOf, rightOf []int
	for i := 0; i < len(order); i++ {
		node := order[i]
		if node.Left != nil {
			leftOf = append(leftOf, len(order))
			order = append(order, node.Left)
		} else {
			leftOf = append(leftOf, -1)
		}
		if node.Right != nil {
			rightOf = append(rightOf, len(order))
			order = append(order, node.Right)
		} else {
			rightOf = append(rightOf, -1)
		}
	}
	n := len(order)
	state := make([]int, n)
	cameras := 0
	for i := n - 1; i >= 0; i-- {
		left, right := 1, 1
		if leftOf[i] >= 0 {
			left = state[leftOf[i]]
		}
		if rightOf[i] >= 0 {
			right = state[rightOf[i]]
		}
		if left == 0 || right == 0 {
			state[i] = 2
			cameras++
		} else if left == 2 || right == 2 {
			state[i] = 1
		} else {
			state[i] = 0
		}
	}
	if state[0] == 0 {
		cameras++
	}
	return cameras
}
