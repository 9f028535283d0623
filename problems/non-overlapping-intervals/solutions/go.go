package main

import (
	"math"
	"sort"
)

func eraseOverlapIntervals(intervals [][]int) int {
	sorted := make([][]int, len(intervals))
	copy(sorted, intervals)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][1] < sorted[j][1] })
	removed := 0
	lastEnd := math.MinInt64
	for _, iv := range sorted {
		if iv[0] >= lastEnd {
			lastEnd = iv[1]
		} else {
			removed++
		}
	}
	return removed
}
