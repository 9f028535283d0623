# Correct but slow: tries the values in every order (each step may take any candidate) and removes
# the repeated combinations with a set at the end, so a combination is built once per order of its
# values: exponentially many more sequences than combinations.
class Solution:
    def combinationSum(self, candidates, target):
        found = set()
        current = []

        def extend(left):
            if left == 0:
                found.add(tuple(sorted(current)))
                return
            for x in candidates:
                if x <= left:
                    current.append(x)
                    extend(left - x)
                    current.pop()

        extend(target)
        return [list(c) for c in found]
