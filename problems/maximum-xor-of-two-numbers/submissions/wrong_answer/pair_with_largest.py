# Wrong: assumes the largest number is always part of the best pair and only XORs it with the
# others. In [15, 8, 7] the best pair is 8 ^ 7 = 15, while 15 ^ 8 = 7 and 15 ^ 7 = 8.
class Solution:
    def findMaximumXOR(self, nums):
        top = max(nums)
        return max(top ^ x for x in nums)
