# Mistake: moves on to the next candidate after taking one (as in "each number at most once"), so
# no combination uses a value twice.
class Solution:
    def combinationSum(self, candidates, target):
        values = sorted(candidates)
        result = []
        current = []

        def extend(start, left):
            if left == 0:
                result.append(current[:])
                return
            for i in range(start, len(values)):
                if values[i] > left:
                    break
                current.append(values[i])
                extend(i + 1, left - values[i])
                current.pop()

        extend(0, target)
        return result
