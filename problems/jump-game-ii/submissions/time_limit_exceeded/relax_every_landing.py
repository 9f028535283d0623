# Correct but slow: dynamic programming that, from every stone, updates the jump count of every
# stone it can land on: sum of nums[i] steps, about 5 * 10^9 when every jump is 100000 long.
class Solution:
    def jump(self, nums):
        n = len(nums)
        best = [n] * n
        best[0] = 0
        for i in range(n):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if best[i] + 1 < best[j]:
                    best[j] = best[i] + 1
        return best[n - 1]
