# Mistake: divides the total product by nums[i] and simply answers 0 where nums[i] is 0,
# forgetting that the product of the other elements is not 0 when there is a single zero.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            total *= x
        return [total // x if x != 0 else 0 for x in nums]
