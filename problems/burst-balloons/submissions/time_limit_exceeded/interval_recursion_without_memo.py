# Correct but exponential: the right recursion (choose the balloon of (l, r) burst last), but
# without remembering the intervals already solved, so the same interval is solved again and again.
class Solution:
    def maxCoins(self, nums):
        v = [1] + nums + [1]

        def best(l, r):
            result = 0
            for k in range(l + 1, r):
                result = max(result, best(l, k) + best(k, r) + v[l] * v[k] * v[r])
            return result

        return best(0, len(v) - 1)
