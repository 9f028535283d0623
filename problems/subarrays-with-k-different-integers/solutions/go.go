package main

func atMostDistinct(nums []int, limit int) int64 {
	if limit <= 0 {
		return 0
	}
	count := make(map[int]int)
	left := 0
	var total int64
	for right, x := range nums {
		count[x]++
		for len(count) > limit {
			y := nums[left]
			left++
			count[y]--
			if count[y] == 0 {
				delete(count, y)
			}
		}
		// every subarray ending at right and starting in [left, right] has at most `limit` values
		total += int64(right - left + 1)
	}
	return total
}

func subarraysWithKDistinct(nums []int, k int) int64 {
	// exactly k = (at most k) - (at most k - 1)
	return atMostDistinct(nums, k) - atMostDistinct(nums, k-1)
}
