package main

func canPartition(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 == 1 {
		return false
	}
	target := total / 2
	// reach[s] = true when some of the numbers seen so far add up to s
	reach := make([]bool, target+1)
	reach[0] = true
	for _, x := range nums {
		// downwards, so that each number is used at most once
		for s := target; s >= x; s-- {
			if reach[s-x] {
				reach[s] = true
			}
		}
	}
	return reach[target]
}
