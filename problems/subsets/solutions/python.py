class Solution:
    def subsets(self, nums):
        # sort, then for each value add a copy of every subset so far with the value appended:
        # the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
        result = [[]]
        for x in sorted(nums):
            result += [s + [x] for s in result]
        return result
