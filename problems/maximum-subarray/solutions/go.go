package main

func maxSubArray(nums []int) int64 {
	best := int64(nums[0])
	current := int64(nums[0])
	for _, x := range nums[1:] {
		if current > 0 {
			current += int64(x)
		} else {
			current = int64(x)
		}
		if current > best {
			best = current
		}
	}
	return best
}
