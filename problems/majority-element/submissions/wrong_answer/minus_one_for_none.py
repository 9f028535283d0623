# Mistake: "no majority" is answered with -1 instead of no value (None); -1 could itself be the
# majority, and the signature says the result is absent.
from collections import Counter


class Solution:
    def majority(self, nums):
        for value, count in Counter(nums).items():
            if count * 2 > len(nums):
                return value
        return -1
