# Mistake: a value in exactly half of the positions is taken for a majority (>= instead of >).
from collections import Counter


class Solution:
    def majority(self, nums):
        for value, count in Counter(nums).items():
            if count * 2 >= len(nums):
                return value
        return None
