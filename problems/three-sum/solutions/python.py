from collections import Counter


class Solution:
    def threeSum(self, nums):
        # O(d^2) over the distinct values d <= n: choose a <= b, then c = -a - b must be >= b
        cnt = Counter(nums)
        vals = sorted(cnt)
        res = []
        for i, a in enumerate(vals):
            if a > 0:
                break
            for b in vals[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in cnt:
                    continue
                if a == b == c:
                    ok = cnt[a] >= 3
                elif a == b:
                    ok = cnt[a] >= 2
                elif b == c:
                    ok = cnt[b] >= 2
                else:
                    ok = True
                if ok:
                    res.append([a, b, c])
        return res
