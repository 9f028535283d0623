class Solution:
    def combinationSum(self, candidates, target):
        # backtracking over the sorted candidates: a combination takes its values in ascending
        # order (the next value is never smaller than the last), and the loop stops at the first
        # candidate larger than what is left of the target
        values = sorted(candidates)
        result = []
        current = []

        def extend(start, left):
            if left == 0:
                result.append(current[:])
                return
            for i in range(start, len(values)):
                x = values[i]
                if x > left:
                    break
                current.append(x)
                extend(i, left - x)
                current.pop()

        extend(0, target)
        return result
