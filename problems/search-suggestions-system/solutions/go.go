package main

import (
	"sort"
	"strings"
)

func suggestedProducts(products []string, searchWord string) [][]string {
	// Sort the names once: the names that start with a prefix then form one block of the sorted
	// list, and its first three names are the suggestions. The block of a longer prefix lies
	// inside the block of a shorter one, so its start (found by binary search) never moves left.
	names := append([]string(nil), products...)
	sort.Strings(names)
	result := make([][]string, 0, len(searchWord))
	lo := 0
	for i := 1; i <= len(searchWord); i++ {
		prefix := searchWord[:i]
		lo += sort.SearchStrings(names[lo:], prefix)
		row := []string{}
		for j := lo; j < len(names) && j < lo+3; j++ {
			if !strings.HasPrefix(names[j], prefix) {
				break
			}
			row = append(row, names[j])
		}
		result = append(result, row)
	}
	return result
}
