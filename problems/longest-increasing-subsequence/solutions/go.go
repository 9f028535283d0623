package main

import "sort"

func lengthOfLIS(nums []int) int {
	// tails[i] = smallest possible last value of an increasing subsequence of length i + 1
	tails := []int{}
	for _, x := range nums {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}
