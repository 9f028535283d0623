# Wrong: moves the taller wall inward instead of the shorter one, which can skip
# the best pair.
class Solution:
    def maxArea(self, height):
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            best = max(best, (j - i) * min(height[i], height[j]))
            if height[i] > height[j]:
                i += 1
            else:
                j -= 1
        return best
