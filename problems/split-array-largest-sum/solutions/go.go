package main

func splitArray(nums []int, k int) int64 {
	// greedy: extend the current part while it stays within limit; count the parts
	fits := func(limit int64) bool {
		parts, current := 1, int64(0)
		for _, x := range nums {
			current += int64(x)
			if current > limit {
				parts++
				if parts > k {
					return false
				}
				current = int64(x)
			}
		}
		return true
	}
	// binary search on the answer: the largest part is at least max(nums), at most sum(nums)
	var lo, hi int64
	for _, x := range nums {
		if int64(x) > lo {
			lo = int64(x)
		}
		hi += int64(x)
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if fits(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
