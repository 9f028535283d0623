# Mistake: sorts and looks for the first position whose card is not its index, but when the cards
# 0..n-1 are all there (the lost card is n) the loop finds no gap and the fallback returns 0.
class Solution:
    def missingNumber(self, nums):
        nums = sorted(nums)
        for i, x in enumerate(nums):
            if x != i:
                return i
        return 0
