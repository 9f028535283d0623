package main

func checkInclusion(s1 string, s2 string) bool {
	m, n := len(s1), len(s2)
	if m > n {
		return false
	}
	// diff[c] = (count of c in s1) - (count of c in the window of s2); `off` letters have diff != 0
	var diff [26]int
	for i := 0; i < m; i++ {
		diff[s1[i]-'a']++
		diff[s2[i]-'a']--
	}
	off := 0
	for _, d := range diff {
		if d != 0 {
			off++
		}
	}
	if off == 0 {
		return true
	}
	for i := m; i < n; i++ {
		a := s2[i] - 'a' // enters the window
		if diff[a] == 0 {
			off++
		}
		diff[a]--
		if diff[a] == 0 {
			off--
		}
		b := s2[i-m] - 'a' // leaves the window
		if diff[b] == 0 {
			off++
		}
		diff[b]++
		if diff[b] == 0 {
			off--
		}
		if off == 0 {
			return true
		}
	}
	return false
}
