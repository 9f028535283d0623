package main

import "math"

func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	// binary search on how many elements the lower half takes from the shorter array
	a, b := nums1, nums2
	if len(a) > len(b) {
		a, b = b, a
	}
	m, n := len(a), len(b)
	half := (m + n + 1) / 2
	lo, hi := 0, m
	for {
		i := (lo + hi) / 2 // taken from a
		j := half - i      // taken from b, 0 <= j <= n because m <= n
		aLeft, aRight := math.MinInt64, math.MaxInt64
		bLeft, bRight := math.MinInt64, math.MaxInt64
		if i > 0 {
			aLeft = a[i-1]
		}
		if i < m {
			aRight = a[i]
		}
		if j > 0 {
			bLeft = b[j-1]
		}
		if j < n {
			bRight = b[j]
		}
		if aLeft > bRight {
			hi = i - 1 // took too many from a
		} else if bLeft > aRight {
			lo = i + 1 // took too few from a
		} else {
			left := aLeft
			if bLeft > left {
				left = bLeft
			}
			if (m+n)%2 == 1 {
				return float64(left)
			}
			right := aRight
			if bRight < right {
				right = bRight
			}
			return float64(left+right) / 2.0
		}
	}
}
