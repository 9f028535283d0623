package main

func numDecodings(s string) int {
	// prev2, prev1 = number of ways to decode the first i-1 and the first i digits
	prev2, prev1 := 1, 0
	if s[0] != '0' {
		prev1 = 1
	}
	for i := 1; i < len(s); i++ {
		a, b := s[i-1], s[i]
		cur := 0
		if b != '0' {
			cur = prev1 // s[i] as a one-digit code
		}
		if a == '1' || (a == '2' && b <= '6') {
			cur += prev2 // s[i-1..i] as a code 10..26
		}
		prev2, prev1 = prev1, cur
	}
	return prev1
}
