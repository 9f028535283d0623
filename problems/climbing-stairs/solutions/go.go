package main

func climbStairs(n int) int64 {
	// ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values
	var a, b int64 = 1, 1 // ways(0), ways(1)
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}
