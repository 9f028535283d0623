package main

func canJump(nums []int) bool {
	farthest := 0
	for i, step := range nums {
		if i > farthest {
			return false
		}
		if i+step > farthest {
			farthest = i + step
		}
		if farthest >= len(nums)-1 {
			return true
		}
	}
	return true
}
