// Accepted, with O(n) extra memory: counts each value in a map, then returns the one seen once.
package main

func singleNumber(nums []int) int {
	count := make(map[int]int, len(nums))
	for _, x := range nums {
		count[x]++
	}
	for x, c := range count {
		if c == 1 {
			return x
		}
	}
	return 0
}
