# Correct but explores n! orders: the search appends any value not used yet (as for permutations)
# and removes the repeated subsets with a set at the end, so the same subset is built once per
# order of its values.
class Solution:
    def subsets(self, nums):
        seen = set()
        current = []
        used = [False] * len(nums)

        def search():
            seen.add(tuple(sorted(current)))
            for i, x in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    current.append(x)
                    search()
                    current.pop()
                    used[i] = False

        search()
        return [list(s) for s in seen]
