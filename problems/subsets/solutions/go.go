package main

import "sort"

func subsets(nums []int) [][]int {
	// sort, then for each value add a copy of every subset so far with the value appended:
	// the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	result := make([][]int, 1, 1<<len(sorted))
	result[0] = []int{}
	for _, x := range sorted {
		count := len(result)
		for i := 0; i < count; i++ {
			s := make([]int, len(result[i])+1)
			copy(s, result[i])
			s[len(s)-1] = x
			result = append(result, s)
		}
	}
	return result
}
