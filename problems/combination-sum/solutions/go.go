package main

import "sort"

func combinationSum(candidates []int, target int) [][]int {
	// backtracking over the sorted candidates: a combination takes its values in ascending order
	// (the next value is never smaller than the last), and the loop stops at the first candidate
	// larger than what is left of the target
	values := append([]int(nil), candidates...)
	sort.Ints(values)
	result := [][]int{}
	current := []int{}
	var extend func(start, left int)
	extend = func(start, left int) {
		if left == 0 {
			result = append(result, append([]int(nil), current...))
			return
		}
		for i := start; i < len(values) && values[i] <= left; i++ {
			current = append(current, values[i])
			extend(i, left-values[i])
			current = current[:len(current)-1]
		}
	}
	extend(0, target)
	return result
}
