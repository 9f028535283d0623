package main

func insert(intervals [][]int, newInterval []int) [][]int {
	start, end := newInterval[0], newInterval[1]
	result := [][]int{}
	i, n := 0, len(intervals)
	for i < n && intervals[i][1] < start {
		result = append(result, intervals[i])
		i++
	}
	for i < n && intervals[i][0] <= end {
		if intervals[i][0] < start {
			start = intervals[i][0]
		}
		if intervals[i][1] > end {
			end = intervals[i][1]
		}
		i++
	}
	result = append(result, []int{start, end})
	result = append(result, intervals[i:]...)
	return result
}
