package main

func twoSumSorted(numbers []int, target int) []int {
	// two pointers: a sum too small can only grow by moving the left one, a sum too large can
	// only shrink by moving the right one
	lo, hi := 0, len(numbers)-1
	for lo < hi {
		s := numbers[lo] + numbers[hi]
		if s == target {
			return []int{lo + 1, hi + 1}
		}
		if s < target {
			lo++
		} else {
			hi--
		}
	}
	return []int{}
}
