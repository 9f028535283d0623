class Solution:
    def countBits(self, n):
        # i >> 1 drops the last bit of i and is already done: ans[i] = ans[i >> 1] + (i & 1).
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
