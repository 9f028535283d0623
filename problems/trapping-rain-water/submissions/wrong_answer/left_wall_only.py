# Mistake: only the highest bar to the left is considered, as if the right side always held the
# water.
class Solution:
    def trap(self, height):
        water = 0
        best = 0
        for h in height:
            if h > best:
                best = h
            else:
                water += best - h
        return water
