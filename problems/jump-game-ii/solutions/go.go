package main

func jump(nums []int) int {
	// Breadth-first by layers: `end` closes the run of stones reachable with `jumps` jumps. O(n).
	jumps, end, farthest := 0, 0, 0
	for i := 0; i < len(nums)-1; i++ {
		if i+nums[i] > farthest {
			farthest = i + nums[i]
		}
		if i == end {
			jumps++
			end = farthest
		}
	}
	return jumps
}
