package main

// Mistake: compares the middle with the range's FIRST element. nums[mid] >= nums[lo] says the left
// part is sorted, but not that the minimum is to the right: in an array that is not rotated (or whose
// remaining range is sorted) the search walks away from the minimum and returns the largest value.
func findMin(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if nums[mid] >= nums[lo] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return nums[lo]
}
