package main

import "sort"

func threeSum(nums []int) [][]int {
	// sort, fix the smallest value, find the other two with two pointers: O(n^2)
	a := append([]int(nil), nums...)
	sort.Ints(a)
	n := len(a)
	res := [][]int{}
	for i := 0; i < n-2 && a[i] <= 0; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		lo, hi := i+1, n-1
		for lo < hi {
			s := a[i] + a[lo] + a[hi]
			if s < 0 {
				lo++
			} else if s > 0 {
				hi--
			} else {
				res = append(res, []int{a[i], a[lo], a[hi]})
				vlo, vhi := a[lo], a[hi]
				for lo < hi && a[lo] == vlo {
					lo++
				}
				for lo < hi && a[hi] == vhi {
					hi--
				}
			}
		}
	}
	return res
}
