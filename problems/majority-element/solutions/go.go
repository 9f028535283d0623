package main

func majority(nums []int) *int {
	// Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
	// is the last candidate left. Any array leaves a candidate, so count it to be sure.
	candidate, votes := 0, 0
	for _, x := range nums {
		if votes == 0 {
			candidate, votes = x, 1
		} else if x == candidate {
			votes++
		} else {
			votes--
		}
	}
	count := 0
	for _, x := range nums {
		if x == candidate {
			count++
		}
	}
	if 2*count > len(nums) {
		return &candidate
	}
	return nil
}
