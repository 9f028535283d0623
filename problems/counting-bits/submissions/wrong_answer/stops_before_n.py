# Mistake: builds the answers for 0 .. n - 1 only (range(n) instead of range(n + 1)), so the array
# is one entry short and n itself is left out.
class Solution:
    def countBits(self, n):
        ans = []
        for i in range(n):
            ans.append(ans[i >> 1] + (i & 1) if i else 0)
        return ans
