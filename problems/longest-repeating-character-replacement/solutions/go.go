package main

func characterReplacement(s string, k int) int {
	// window s[left..right]; it never shrinks below the best length found, so the largest
	// count of one letter (best) need not be recomputed when the left end moves
	var count [26]int
	left, best := 0, 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'A'
		count[c]++
		if count[c] > best {
			best = count[c]
		}
		if right-left+1-best > k {
			count[s[left]-'A']--
			left++
		}
	}
	return len(s) - left
}
