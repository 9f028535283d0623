# Correct but slow: tries every coin at every step without remembering results,
# so the same remaining amounts are solved again and again (exponential time).
import sys

sys.setrecursionlimit(100000)


class Solution:
    def coinChange(self, coins, amount):
        def fewest(rest):
            if rest == 0:
                return 0
            best = -1
            for c in coins:
                if c <= rest:
                    sub = fewest(rest - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
