package main

func permute(nums []int) [][]int {
	// backtracking: fill the positions one by one with a value not used yet. O(n * n!)
	n := len(nums)
	result := [][]int{}
	current := make([]int, 0, n)
	used := make([]bool, n)
	var place func()
	place = func() {
		if len(current) == n {
			result = append(result, append([]int(nil), current...))
			return
		}
		for i := 0; i < n; i++ {
			if !used[i] {
				used[i] = true
				current = append(current, nums[i])
				place()
				current = current[:len(current)-1]
				used[i] = false
			}
		}
	}
	place()
	return result
}
