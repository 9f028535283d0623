# Counts the subarrays with AT MOST k different values instead of exactly k.
class Solution:
    def subarraysWithKDistinct(self, nums, k):
        count = {}
        left = total = 0
        for right, x in enumerate(nums):
            count[x] = count.get(x, 0) + 1
            while len(count) > k:
                y = nums[left]
                count[y] -= 1
                if count[y] == 0:
                    del count[y]
                left += 1
            total += right - left + 1
        return total
