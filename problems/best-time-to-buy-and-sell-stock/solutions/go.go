package main

func maxProfit(prices []int) int {
	best := 0
	low := prices[0]
	for _, p := range prices {
		if p < low {
			low = p
		} else if p-low > best {
			best = p - low
		}
	}
	return best
}
