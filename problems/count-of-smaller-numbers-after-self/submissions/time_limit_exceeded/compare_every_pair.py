# Correct but slow: for every position, count the smaller values to its right one by one:
# n * (n - 1) / 2 comparisons, 5 * 10^9 when n = 100000.
class Solution:
    def countSmaller(self, nums):
        n = len(nums)
        out = [0] * n
        for i in range(n):
            v = nums[i]
            c = 0
            for j in range(i + 1, n):
                if nums[j] < v:
                    c += 1
            out[i] = c
        return out
