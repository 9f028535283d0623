package main

func lookup(names map[int]string, scores map[string][]int, id int) int {
	name, ok := names[id]
	if !ok {
		return -1
	}
	sum := 0
	for _, score := range scores[name] {
		sum += score
	}
	return sum
}
