# Mistake: every step may take any candidate again, from the first one, so the same combination is
# found once per order of its values; sorting each one makes the copies equal but keeps them all.
class Solution:
    def combinationSum(self, candidates, target):
        result = []
        current = []

        def extend(left):
            if left == 0:
                result.append(sorted(current))
                return
            for x in candidates:
                if x <= left:
                    current.append(x)
                    extend(left - x)
                    current.pop()

        extend(target)
        return result
