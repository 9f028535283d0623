# Mistake: generates the permutations by swapping each value into place but never swaps it back,
# so later branches start from a scrambled array: some permutations come out twice, others never.
class Solution:
    def permute(self, nums):
        nums = nums[:]
        n = len(nums)
        result = []

        def arrange(first):
            if first == n:
                result.append(nums[:])
                return
            for i in range(first, n):
                nums[first], nums[i] = nums[i], nums[first]
                arrange(first + 1)

        arrange(0)
        return result
