package main

func coinChange(coins []int, amount int) int {
	// dp[a] = fewest coins that make a (amount + 1 means impossible)
	inf := amount + 1
	dp := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		dp[a] = inf
	}
	for _, c := range coins {
		if c > amount {
			continue
		}
		for a := c; a <= amount; a++ {
			if dp[a-c]+1 < dp[a] {
				dp[a] = dp[a-c] + 1
			}
		}
	}
	if dp[amount] == inf {
		return -1
	}
	return dp[amount]
}
