package main

func longestCommonSubsequence(text1 string, text2 string) int {
	// prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
	m := len(text2)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for i := 0; i < len(text1); i++ {
		a := text1[i]
		for j := 0; j < m; j++ {
			if text2[j] == a {
				cur[j+1] = prev[j] + 1
			} else if prev[j+1] > cur[j] {
				cur[j+1] = prev[j+1]
			} else {
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[m]
}
