package main

// Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
//   - If right is a palindrome and some other word is left reversed, then w + that word is a
//     palindrome: pair [i, k].
//   - If left is a palindrome and some other word is right reversed, then that word + w is a
//     palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair (k + w
//     with k the whole of w reversed) is already found from k's side.
func palindromePairs(words []string) [][]int {
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	// s[lo..hi) reads the same both ways
	isPal := func(s string, lo, hi int) bool {
		for hi--; lo < hi; lo, hi = lo+1, hi-1 {
			if s[lo] != s[hi] {
				return false
			}
		}
		return true
	}
	pairs := [][]int{}
	for i, w := range words {
		n := len(w)
		b := []byte(w)
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			b[l], b[r] = b[r], b[l]
		}
		rw := string(b)
		for j := 0; j <= n; j++ {
			// left = w[0:j], reversed: rw[n-j:]; right = w[j:], reversed: rw[:n-j]
			if k, ok := index[rw[n-j:]]; ok && k != i && isPal(w, j, n) {
				pairs = append(pairs, []int{i, k})
			}
			if j > 0 {
				if k, ok := index[rw[:n-j]]; ok && k != i && isPal(w, 0, j) {
					pairs = append(pairs, []int{k, i})
				}
			}
		}
	}
	return pairs
}
