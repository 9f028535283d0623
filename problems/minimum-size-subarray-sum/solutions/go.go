package main

func minSubArrayLen(target int, nums []int) int {
	// grow the window to the right; while it reaches the target, record it and drop its left end
	n := len(nums)
	best, total, left := n+1, 0, 0
	for right := 0; right < n; right++ {
		total += nums[right]
		for total >= target {
			if right-left+1 < best {
				best = right - left + 1
			}
			total -= nums[left]
			left++
		}
	}
	if best > n {
		return 0
	}
	return best
}
