class Solution:
    def subarraysWithKDistinct(self, nums, k):
        # exactly k = (at most k) - (at most k - 1)
        def at_most(limit):
            if limit <= 0:
                return 0
            count = {}
            left = total = 0
            for right, x in enumerate(nums):
                count[x] = count.get(x, 0) + 1
                while len(count) > limit:
                    y = nums[left]
                    count[y] -= 1
                    if count[y] == 0:
                        del count[y]
                    left += 1
                # every subarray ending at right and starting in [left, right] has at most `limit`
                total += right - left + 1
            return total

        return at_most(k) - at_most(k - 1)
