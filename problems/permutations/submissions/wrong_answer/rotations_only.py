# Mistake: takes the n rotations of the array (and their reversals) for all the arrangements,
# which is all of them only for n <= 3.
class Solution:
    def permute(self, nums):
        n = len(nums)
        result = []
        for k in range(n):
            rotation = nums[k:] + nums[:k]
            for arrangement in (rotation, rotation[::-1]):
                if arrangement not in result:
                    result.append(arrangement)
        return result
