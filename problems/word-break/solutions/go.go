package main

import "sort"

func wordBreak(s string, wordDict []string) bool {
	// ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing
	// to cut), and ok[i] is true when some word w ends at i with ok[i-len(w)] true. Only the
	// lengths that dictionary words have need to be tried.
	words := make(map[string]bool, len(wordDict))
	seen := map[int]bool{}
	lengths := []int{}
	for _, w := range wordDict {
		words[w] = true
		if !seen[len(w)] {
			seen[len(w)] = true
			lengths = append(lengths, len(w))
		}
	}
	sort.Ints(lengths)
	n := len(s)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 1; i <= n; i++ {
		for _, l := range lengths {
			if l > i {
				break
			}
			if ok[i-l] && words[s[i-l:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[n]
}
