package main

func singleNumber(nums []int) int {
	// x ^ x == 0 and x ^ 0 == x: every pair cancels out, the lonely value stays.
	acc := 0
	for _, x := range nums {
		acc ^= x
	}
	return acc
}
