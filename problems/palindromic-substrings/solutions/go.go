package main

func countSubstrings(s string) int {
	// Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
	// length). From each of the 2n - 1 centres, grow outwards while the letters on both sides
	// match: each step outwards is one more palindrome around that centre.
	n := len(s)
	count := 0
	for centre := 0; centre < 2*n-1; centre++ {
		lo := centre / 2
		hi := lo + centre%2
		for lo >= 0 && hi < n && s[lo] == s[hi] {
			count++
			lo--
			hi++
		}
	}
	return count
}
