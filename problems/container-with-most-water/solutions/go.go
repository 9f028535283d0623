package main

func maxArea(height []int) int {
	// two pointers: always move the lower wall inward
	i, j := 0, len(height)-1
	best := 0
	for i < j {
		var area int
		if height[i] < height[j] {
			area = (j - i) * height[i]
			i++
		} else {
			area = (j - i) * height[j]
			j--
		}
		if area > best {
			best = area
		}
	}
	return best
}
