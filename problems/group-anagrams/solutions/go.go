package main

import "sort"

func groupAnagrams(words []string) [][]string {
	// two words are anagrams exactly when their sorted letters are equal
	index := make(map[string]int, len(words))
	groups := [][]string{}
	for _, w := range words {
		letters := []byte(w)
		sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
		key := string(letters)
		if at, ok := index[key]; ok {
			groups[at] = append(groups[at], w)
		} else {
			index[key] = len(groups)
			groups = append(groups, []string{w})
		}
	}
	return groups
}
