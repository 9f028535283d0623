package main

import "sort"

func findItinerary(tickets [][]string) []string {
	// Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so the last one is
	// the smallest unused ticket. Follow tickets until stuck; the airport where we get stuck comes
	// last among those still to place, so it goes to the route, which is built back to front.
	out := map[string][]string{}
	for _, t := range tickets {
		out[t[0]] = append(out[t[0]], t[1])
	}
	for _, dests := range out {
		sort.Sort(sort.Reverse(sort.StringSlice(dests)))
	}
	route := []string{}
	stack := []string{"SFO"}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		if dests := out[top]; len(dests) > 0 {
			stack = append(stack, dests[len(dests)-1])
			out[top] = dests[:len(dests)-1]
		} else {
			route = append(route, top)
			stack = stack[:len(stack)-1]
		}
	}
	for i, j := 0, len(route)-1; i < j; i, j = i+1, j-1 {
		route[i], route[j] = route[j], route[i]
	}
	return route
}
