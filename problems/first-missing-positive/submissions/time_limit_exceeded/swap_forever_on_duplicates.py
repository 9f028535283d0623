# Places each value at its index by swapping, but keeps swapping while the value is not at ITS OWN
# index, without checking whether that place already holds an equal value: a duplicate swaps with
# its twin forever.
class Solution:
    def firstMissingPositive(self, nums):
        n = len(nums)
        for i in range(n):
            while 1 <= nums[i] <= n and nums[i] != i + 1:
                v = nums[i]
                nums[i], nums[v - 1] = nums[v - 1], v
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1
