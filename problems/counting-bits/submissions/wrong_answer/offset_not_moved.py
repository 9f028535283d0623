# Mistake: "ans[i] = 1 + ans[i - offset]" where offset is the largest power of two <= i, but the
# offset only moves when i reaches offset * 2 by the check "offset * 2 < i", one step late: at
# every power of two i = 2, 4, 8, ... it still subtracts the old offset.
class Solution:
    def countBits(self, n):
        ans = [0] * (n + 1)
        offset = 1
        for i in range(1, n + 1):
            if offset * 2 < i:
                offset *= 2
            ans[i] = 1 + ans[i - offset]
        return ans
