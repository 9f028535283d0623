# Right, but quadratic: tries every pair, ignoring that the array is sorted.
class Solution:
    def twoSumSorted(self, numbers, target):
        n = len(numbers)
        for i in range(n):
            for j in range(i + 1, n):
                if numbers[i] + numbers[j] == target:
                    return [i + 1, j + 1]
        return []
