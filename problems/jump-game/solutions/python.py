class Solution:
    def canJump(self, nums):
        # the reachable stones are 0..farthest; grow farthest while walking through them
        farthest = 0
        last = len(nums) - 1
        for i, step in enumerate(nums):
            if i > farthest:
                return False
            if i + step > farthest:
                farthest = i + step
                if farthest >= last:
                    return True
        return True
