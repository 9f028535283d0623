# Mistake: builds the whole value -> index map first and then looks up the complement without
# checking that it is a different index, so a value equal to target / 2 pairs with itself.
class Solution:
    def twoSum(self, nums, target):
        where = {}
        for i, x in enumerate(nums):
            where[x] = i
        for i, x in enumerate(nums):
            j = where.get(target - x)
            if j is not None:
                return sorted([i, j])
        return []
