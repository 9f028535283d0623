package main

func wordCount(text string) map[string]int {
	// a word is a maximal run of ASCII letters, counted in lowercase
	counts := map[string]int{}
	word := make([]byte, 0, 16)
	for i := 0; i <= len(text); i++ {
		c := byte(' ')
		if i < len(text) {
			c = text[i]
		}
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			word = append(word, c|0x20)
		} else if len(word) > 0 {
			counts[string(word)]++
			word = word[:0]
		}
	}
	return counts
}
