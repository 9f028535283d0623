# Correct but slow: tries every pair of walls, O(n^2).
class Solution:
    def maxArea(self, height):
        best = 0
        n = len(height)
        for i in range(n):
            for j in range(i + 1, n):
                area = (j - i) * min(height[i], height[j])
                if area > best:
                    best = area
        return best
