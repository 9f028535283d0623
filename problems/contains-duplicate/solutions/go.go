package main

func containsDuplicate(nums []int) bool {
	// remember every value seen; a value seen before is a repeat
	seen := make(map[int]struct{}, len(nums))
	for _, x := range nums {
		if _, ok := seen[x]; ok {
			return true
		}
		seen[x] = struct{}{}
	}
	return false
}
