package main

func ladderLength(beginWord string, endWord string, wordList []string) int {
	// Breadth-first search over words. Words one letter apart share a pattern with that letter
	// replaced by '*'; each pattern's bucket of words is used once, then deleted.
	words := make(map[string]bool, len(wordList))
	for _, w := range wordList {
		words[w] = true
	}
	if !words[endWord] {
		return 0
	}
	length := len(beginWord)
	buckets := make(map[string][]string)
	for w := range words {
		b := []byte(w)
		for i := 0; i < length; i++ {
			keep := b[i]
			b[i] = '*'
			p := string(b)
			buckets[p] = append(buckets[p], w)
			b[i] = keep
		}
	}
	seen := map[string]bool{beginWord: true}
	frontier := []string{beginWord}
	steps := 1
	for len(frontier) > 0 {
		steps++
		var next []string
		for _, w := range frontier {
			b := []byte(w)
			for i := 0; i < length; i++ {
				keep := b[i]
				b[i] = '*'
				p := string(b)
				b[i] = keep
				bucket, ok := buckets[p]
				if !ok {
					continue
				}
				delete(buckets, p)
				for _, v := range bucket {
					if seen[v] {
						continue
					}
					if v == endWord {
						return steps
					}
					seen[v] = true
					next = append(next, v)
				}
			}
		}
		frontier = next
	}
	return 0
}
