# Sorts and walks the positive values expecting 1, 2, 3, ... but stops at a repeated value as if it
# were a gap.
class Solution:
    def firstMissingPositive(self, nums):
        expected = 1
        for x in sorted(nums):
            if x <= 0:
                continue
            if x != expected:
                return expected
            expected += 1
        return expected
