package main

func lengthOfLongestSubstring(s string) int {
	var last [256]int // byte -> last index where it was seen, plus one (0 = never)
	best := 0
	start := 0 // the window s[start..i] has no repeated character
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] > start {
			start = last[c]
		}
		last[c] = i + 1
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
