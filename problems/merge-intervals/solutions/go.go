package main

import "sort"

func merge(intervals [][]int) [][]int {
	sorted := make([][]int, len(intervals))
	copy(sorted, intervals)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	result := [][]int{}
	for _, iv := range sorted {
		if len(result) > 0 && iv[0] <= result[len(result)-1][1] {
			last := result[len(result)-1]
			if iv[1] > last[1] {
				last[1] = iv[1]
			}
		} else {
			result = append(result, []int{iv[0], iv[1]})
		}
	}
	return result
}
