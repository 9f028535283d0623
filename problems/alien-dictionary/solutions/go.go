package main

func alienOrder(words []string) string {
	// Neighbouring words give the only rules: their first differing letters are in order. A word
	// followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
	// smallest letter (in English order) that has no rule left before it.
	var present, taken [26]bool
	var rule [26][26]bool
	var indegree [26]int
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			present[w[i]-'a'] = true
		}
	}
	for k := 0; k+1 < len(words); k++ {
		a, b := words[k], words[k+1]
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		if i < len(a) && i < len(b) {
			x, y := a[i]-'a', b[i]-'a'
			if !rule[x][y] {
				rule[x][y] = true
				indegree[y]++
			}
		} else if len(a) > len(b) {
			return ""
		}
	}
	total := 0
	for _, p := range present {
		if p {
			total++
		}
	}
	order := make([]byte, 0, 26)
	for {
		c := 0
		for c < 26 && !(present[c] && !taken[c] && indegree[c] == 0) {
			c++
		}
		if c == 26 {
			break
		}
		taken[c] = true
		order = append(order, byte('a'+c))
		for d := 0; d < 26; d++ {
			if rule[c][d] {
				indegree[d]--
			}
		}
	}
	if len(order) != total {
		return ""
	}
	return string(order)
}
