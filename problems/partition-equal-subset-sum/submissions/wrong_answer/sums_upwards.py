# Wrong: the one-row knapsack runs through the sums upwards, so a number just added can be added
# again in the same pass: it answers as if every number could be used many times ([2, 6] -> true).
class Solution:
    def canPartition(self, nums):
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        reach = [False] * (target + 1)
        reach[0] = True
        for x in nums:
            for s in range(x, target + 1):
                if reach[s - x]:
                    reach[s] = True
        return reach[target]
