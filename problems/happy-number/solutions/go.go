package main

func isHappy(n int) bool {
	// follow the sequence until it reaches 1 or repeats a number (then it loops forever)
	seen := map[int]bool{}
	for n != 1 && !seen[n] {
		seen[n] = true
		total := 0
		for n > 0 {
			d := n % 10
			total += d * d
			n /= 10
		}
		n = total
	}
	return n == 1
}
