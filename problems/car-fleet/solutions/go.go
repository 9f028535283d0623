package main

import "sort"

func carFleet(target int, position []int, speed []int) int {
	n := len(position)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	// a car starts a new fleet only if it arrives strictly later than the fleet in front of it;
	// times (target - p) / s are compared exactly: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1
	fleets := 0
	var leadD, leadS int64 = 0, 1
	for _, i := range order {
		d, s := int64(target-position[i]), int64(speed[i])
		if d*leadS > leadD*s {
			fleets++
			leadD, leadS = d, s
		}
	}
	return fleets
}
