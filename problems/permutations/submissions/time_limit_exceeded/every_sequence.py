# Correct but does n^n work: fills every position with every value, allowing repeats, and only at
# the end throws away the arrangements that use a value twice.
class Solution:
    def permute(self, nums):
        n = len(nums)
        result = []
        current = []

        def fill():
            if len(current) == n:
                if len(set(current)) == n:
                    result.append(current[:])
                return
            for x in nums:
                current.append(x)
                fill()
                current.pop()

        fill()
        return result
