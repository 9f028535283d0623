package main

func numDistinct(s string, t string) int64 {
	m := len(t)
	// ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
	ways := make([]int64, m+1)
	ways[0] = 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		// right to left, so that ways[j-1] still counts the part of s before this letter
		for j := m; j >= 1; j-- {
			if t[j-1] == c {
				ways[j] += ways[j-1]
			}
		}
	}
	return ways[m]
}
