# Correct but slow: sorts the whole list again before every smash, so each round costs time
# proportional to the number of stones left.
class Solution:
    def lastStoneWeight(self, stones):
        stones = list(stones)
        while len(stones) > 1:
            stones.sort()
            y = stones.pop()
            x = stones.pop()
            if y != x:
                stones.append(y - x)
        return stones[0] if stones else 0
