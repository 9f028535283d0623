class Solution:
    def missingNumber(self, nums):
        # XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
        acc = len(nums)
        for i, x in enumerate(nums):
            acc ^= i ^ x
        return acc
