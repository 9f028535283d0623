package main

func isMatch(s string, p string) bool {
	n := len(s)
	// the pattern as tokens: chars[t] with starred[t]
	chars := make([]byte, 0, len(p))
	starred := make([]bool, 0, len(p))
	for k := 0; k < len(p); k++ {
		if p[k] == '*' {
			starred[len(starred)-1] = true
		} else {
			chars = append(chars, p[k])
			starred = append(starred, false)
		}
	}
	// cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
	cur := make([]bool, n+1)
	next := make([]bool, n+1)
	cur[n] = true
	for t := len(chars) - 1; t >= 0; t-- {
		c := chars[t]
		if starred[t] {
			next[n] = cur[n]
			for i := n - 1; i >= 0; i-- {
				// use the starred token zero times, or once more
				next[i] = cur[i] || ((c == '.' || s[i] == c) && next[i+1])
			}
		} else {
			next[n] = false
			for i := 0; i < n; i++ {
				next[i] = (c == '.' || s[i] == c) && cur[i+1]
			}
		}
		cur, next = next, cur
	}
	return cur[0]
}
