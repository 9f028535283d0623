class Solution:
    def canPartition(self, nums):
        total = sum(nums)
        if total % 2 == 1:
            return False
        target = total // 2
        # bit s of reach is 1 when some of the numbers seen so far add up to s (a 0/1 knapsack row
        # packed into one big integer: shifting by x adds x to every reachable sum at once)
        reach = 1
        mask = (1 << (target + 1)) - 1
        for x in nums:
            reach = (reach | (reach << x)) & mask
        return (reach >> target) & 1 == 1
