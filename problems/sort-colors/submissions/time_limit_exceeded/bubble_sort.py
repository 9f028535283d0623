# Correct, but bubble sort takes n^2 / 2 comparisons: about 2 * 10^10 for the largest rows.
class Solution:
    def sortColors(self, nums):
        n = len(nums)
        for i in range(n):
            swapped = False
            for j in range(n - 1 - i):
                if nums[j] > nums[j + 1]:
                    nums[j], nums[j + 1] = nums[j + 1], nums[j]
                    swapped = True
            if not swapped:
                break
