package main

func maxProduct(nums []int) int64 {
	// hi / lo = largest / smallest product of a subarray ending at the current element: a
	// negative number turns the smallest product into the largest one
	hi, lo, best := int64(nums[0]), int64(nums[0]), int64(nums[0])
	for _, v := range nums[1:] {
		x := int64(v)
		a, b := hi*x, lo*x
		if a < b {
			a, b = b, a
		}
		hi, lo = a, b
		if x > hi {
			hi = x
		}
		if x < lo {
			lo = x
		}
		if hi > best {
			best = hi
		}
	}
	return best
}
