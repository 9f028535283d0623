// Mistake: the Fenwick query includes the value's own rank, so it counts the later values that are
// smaller OR EQUAL; any duplicate to the right is counted as smaller.
package main

import "sort"

func countSmaller(nums []int) []int {
	n := len(nums)
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	tree := make([]int, n+1)
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		r := sort.SearchInts(sorted, nums[i]) + 1
		s := 0
		for j := r; j > 0; j &= j - 1 {
			s += tree[j]
		}
		out[i] = s
		for ; r <= n; r += r & -r {
			tree[r]++
		}
	}
	return out
}
