package main

func maxCoins(nums []int) int {
	// v = the balloons with a balloon worth 1 added at each end (never burst)
	n := len(nums) + 2
	v := make([]int, n)
	v[0], v[n-1] = 1, 1
	copy(v[1:], nums)
	// best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
	// are still there
	best := make([][]int, n)
	for i := range best {
		best[i] = make([]int, n)
	}
	for gap := 2; gap < n; gap++ {
		for l := 0; l+gap < n; l++ {
			r := l + gap
			w := v[l] * v[r]
			b := 0
			// k = the balloon between l and r burst LAST: its neighbours are then l and r
			for k := l + 1; k < r; k++ {
				c := best[l][k] + best[k][r] + w*v[k]
				if c > b {
					b = c
				}
			}
			best[l][r] = b
		}
	}
	return best[0][n-1]
}
