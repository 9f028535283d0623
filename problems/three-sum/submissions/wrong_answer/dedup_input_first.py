# Mistake: removes duplicate values from the input first, which loses triplets that use a value
# twice ([-2, 1, 1]) or three times ([0, 0, 0]).
class Solution:
    def threeSum(self, nums):
        nums = sorted(set(nums))
        n = len(nums)
        res = []
        for i in range(n):
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = nums[i] + nums[lo] + nums[hi]
                if s == 0:
                    res.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                elif s < 0:
                    lo += 1
                else:
                    hi -= 1
        return res
