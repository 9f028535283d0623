package main

import "sort"

func findMaximumXOR(input []int) int {
	// A binary trie of the numbers' 31 bits, from the top bit down, in one flat slice
	// (child[2k] and child[2k+1] are node k's children, 0: none; node 0 is the root). Each number,
	// before it is inserted, walks down the trie always trying the opposite bit: that finds the
	// number already inserted whose XOR with it is largest.
	// The numbers are taken in sorted order: neighbours then walk almost the same paths, which
	// keeps the trie's memory accesses close together (much faster than a random order).
	nums := append([]int(nil), input...)
	sort.Ints(nums)
	n := len(nums)
	child := make([]int32, 2*(31*n+1))
	size := int32(1)
	best := 0
	for i, x := range nums {
		if i > 0 {
			node, cur := int32(0), 0
			for b := 30; b >= 0; b-- {
				bit := int32((x >> b) & 1)
				other := child[2*node+(bit^1)]
				if other != 0 {
					cur |= 1 << b
					node = other
				} else {
					node = child[2*node+bit]
				}
			}
			if cur > best {
				best = cur
			}
		}
		node := int32(0)
		for b := 30; b >= 0; b-- {
			slot := 2*node + int32((x>>b)&1)
			if child[slot] == 0 {
				child[slot] = size
				size++
			}
			node = child[slot]
		}
	}
	return best
}
