# Correct but O(n^2): for every bar, scans left and right for the highest walls.
class Solution:
    def trap(self, height):
        n = len(height)
        water = 0
        for i in range(n):
            lmax = 0
            for j in range(i + 1):
                if height[j] > lmax:
                    lmax = height[j]
            rmax = 0
            for j in range(i, n):
                if height[j] > rmax:
                    rmax = height[j]
            water += min(lmax, rmax) - height[i]
        return water
