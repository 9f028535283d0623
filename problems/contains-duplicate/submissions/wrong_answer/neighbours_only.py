# Compares each number with the next one only, forgetting to sort first: equal numbers that are not
# next to each other are missed.
class Solution:
    def containsDuplicate(self, nums):
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False
