package main

func maxSlidingWindow(nums []int, k int) []int {
	// dq[head:] holds indices of the window whose values strictly decrease; the front is the maximum
	n := len(nums)
	dq := make([]int, 0, n)
	head := 0
	out := make([]int, 0, n-k+1)
	for i, x := range nums {
		for len(dq) > head && nums[dq[len(dq)-1]] <= x {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[head] <= i-k {
			head++
		}
		if i >= k-1 {
			out = append(out, nums[dq[head]])
		}
	}
	return out
}
