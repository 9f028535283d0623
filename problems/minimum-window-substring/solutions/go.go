package main

func minWindow(s string, t string) string {
	var need [128]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t) // characters of t not yet covered by the window
	bestStart, bestLen := 0, len(s)+1
	left := 0
	for right := 0; right < len(s); right++ {
		c := s[right]
		if need[c] > 0 {
			missing--
		}
		need[c]--
		for missing == 0 {
			// window s[left..right] is valid; record it, then shrink from the left
			if right-left+1 < bestLen { // strict: keeps the leftmost minimum
				bestStart, bestLen = left, right-left+1
			}
			lc := s[left]
			need[lc]++
			if need[lc] > 0 {
				missing++
			}
			left++
		}
	}
	if bestLen > len(s) {
		return ""
	}
	return s[bestStart : bestStart+bestLen]
}
