# Mistake: builds the subsets from nums as given, without sorting it first, so a subset of an
# unsorted array lists its values in the input's order ([7, 3] instead of [3, 7]).
class Solution:
    def subsets(self, nums):
        result = [[]]
        for x in nums:
            result += [s + [x] for s in result]
        return result
