package main

func rob(nums []int) int {
	// take = best total whose last chosen house is the current one; skip = best total without it
	take, skip := 0, 0
	for _, x := range nums {
		t := skip + x
		if take > skip {
			skip = take
		}
		take = t
	}
	if take > skip {
		return take
	}
	return skip
}
