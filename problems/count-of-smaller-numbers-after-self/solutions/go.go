package main

import "sort"

func countSmaller(nums []int) []int {
	// Walk from the right end; a Fenwick tree over the ranks of the values counts how many of the
	// values already passed have a smaller rank. O(n log n).
	n := len(nums)
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	size := 0
	for i := 0; i < n; i++ {
		if i == 0 || sorted[i] != sorted[i-1] {
			sorted[size] = sorted[i]
			size++
		}
	}
	sorted = sorted[:size]
	tree := make([]int, size+1)
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		r := sort.SearchInts(sorted, nums[i]) + 1
		s := 0
		for j := r - 1; j > 0; j &= j - 1 {
			s += tree[j]
		}
		out[i] = s
		for ; r <= size; r += r & -r {
			tree[r]++
		}
	}
	return out
}
