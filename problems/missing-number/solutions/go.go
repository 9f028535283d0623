package main

func missingNumber(nums []int) int {
	// XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
	acc := len(nums)
	for i, x := range nums {
		acc ^= i ^ x
	}
	return acc
}
