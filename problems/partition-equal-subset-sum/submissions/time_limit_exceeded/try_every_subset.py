# Correct but exponential: tries to put each number in the first pile or not, backtracking as soon
# as the pile gets too heavy. When no split exists it still has to try (almost) every subset.
class Solution:
    def canPartition(self, nums):
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        nums = sorted(nums, reverse=True)
        stack = [(0, 0)]  # (index of the next number, weight of the first pile)
        while stack:
            i, w = stack.pop()
            if w == target:
                return True
            if i == len(nums):
                continue
            stack.append((i + 1, w))
            if w + nums[i] <= target:
                stack.append((i + 1, w + nums[i]))
        return False
