package main

func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	// Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v with at
	// most r flights. Each round reads the previous round's prices (a copy), so it adds at most one
	// flight to any trip.
	const inf = int(^uint(0) >> 1)
	best := make([]int, n)
	for i := range best {
		best[i] = inf
	}
	best[src] = 0
	cur := make([]int, n)
	for round := 0; round <= k; round++ {
		copy(cur, best)
		changed := false
		for _, f := range flights {
			u, v, p := f[0], f[1], f[2]
			if best[u] != inf && best[u]+p < cur[v] {
				cur[v] = best[u] + p
				changed = true
			}
		}
		best, cur = cur, best
		if !changed {
			break
		}
	}
	if best[dst] == inf {
		return -1
	}
	return best[dst]
}
