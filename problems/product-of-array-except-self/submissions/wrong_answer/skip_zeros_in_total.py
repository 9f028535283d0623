# Mistake: multiplies only the non-zero elements, so with two zeros the zero positions get a
# non-zero answer.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        zeros = nums.count(0)
        result = []
        for x in nums:
            if x == 0:
                result.append(total)
            elif zeros > 0:
                result.append(0)
            else:
                result.append(total // x)
        return result
