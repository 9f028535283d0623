# Gives up at the first dead end, forgetting that the frog can jump over it.
class Solution:
    def canJump(self, nums):
        for i in range(len(nums) - 1):
            if nums[i] == 0:
                return False
        return True
