package main

import (
	"bufio"
	"fmt"
	"os"
)

// Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
// length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the letters
// on both sides match, and keep the longest. A later centre replaces the best only when it is
// strictly longer, so ties keep the leftmost palindrome.
func main() {
	in := bufio.NewReader(os.Stdin)
	var s string
	fmt.Fscan(in, &s)
	n := len(s)
	bestStart, bestLen := 0, 1
	for centre := 0; centre < 2*n-1; centre++ {
		lo := centre / 2
		hi := lo + centre%2
		for lo >= 0 && hi < n && s[lo] == s[hi] {
			lo--
			hi++
		}
		if hi-lo-1 > bestLen {
			bestStart, bestLen = lo+1, hi-lo-1
		}
	}
	fmt.Println(s[bestStart : bestStart+bestLen])
}
