# Slides one window with at most k values and counts, for each right end, only whether the longest
# window ending there has exactly k values: the shorter subarrays with exactly k values ending at the
# same place are missed.
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
            if len(count) == k:
                total += 1
        return total
