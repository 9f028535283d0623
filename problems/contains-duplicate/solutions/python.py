class Solution:
    def containsDuplicate(self, nums):
        # remember every value seen; a value seen before is a repeat
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
