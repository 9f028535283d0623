package main

func countBits(n int) []int {
	// i >> 1 drops the last bit of i and is already done: ans[i] = ans[i >> 1] + (i & 1).
	ans := make([]int, n+1)
	for i := 1; i <= n; i++ {
		ans[i] = ans[i>>1] + (i & 1)
	}
	return ans
}
