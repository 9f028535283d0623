package main

func firstTwice(s string, skip []byte) *byte {
	skipped := map[byte]bool{}
	for _, c := range skip {
		skipped[c] = true
	}
	seen := map[byte]bool{}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if skipped[c] {
			continue
		}
		if seen[c] {
			return &c
		}
		seen[c] = true
	}
	return nil
}
