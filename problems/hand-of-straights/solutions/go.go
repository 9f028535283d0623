package main

import "sort"

func isNStraightHand(hand []int, groupSize int) bool {
	// The smallest card left must start a group: take the values in increasing order; a value with
	// c cards left starts c groups, which take c cards of each of the next groupSize - 1 values.
	// Sorted distinct values with their counts; O(n log n).
	n := len(hand)
	if n%groupSize != 0 {
		return false
	}
	sorted := append([]int(nil), hand...)
	sort.Ints(sorted)
	values := make([]int, 0, n)
	counts := make([]int, 0, n)
	for _, v := range sorted {
		if len(values) > 0 && values[len(values)-1] == v {
			counts[len(counts)-1]++
		} else {
			values = append(values, v)
			counts = append(counts, 1)
		}
	}
	m := len(values)
	for i := 0; i < m; i++ {
		c := counts[i]
		if c == 0 {
			continue
		}
		if i+groupSize > m {
			return false
		}
		for k := 0; k < groupSize; k++ {
			j := i + k
			if values[j] != values[i]+k || counts[j] < c {
				return false
			}
			counts[j] -= c
		}
	}
	return true
}
