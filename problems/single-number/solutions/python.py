class Solution:
    def singleNumber(self, nums):
        # x ^ x == 0 and x ^ 0 == x: every pair cancels out, the lonely value stays.
        acc = 0
        for x in nums:
            acc ^= x
        return acc
