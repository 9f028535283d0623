# Correct but exponential: counts the routes one by one through the recursion
# routes(r, c) = routes(r - 1, c) + routes(r, c - 1) without remembering any result.
class Solution:
    def uniquePaths(self, m, n):
        def routes(r, c):
            if r == 1 or c == 1:
                return 1
            return routes(r - 1, c) + routes(r, c - 1)

        return routes(m, n)
