# Sorts once and smashes the stones in that order, carrying what is left of each smash into the
# next one: the leftover is not put back among the other stones by its weight.
class Solution:
    def lastStoneWeight(self, stones):
        order = sorted(stones, reverse=True)
        left = order[0]
        for s in order[1:]:
            left = abs(left - s)
        return left
