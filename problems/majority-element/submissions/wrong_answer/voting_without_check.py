# Mistake: the voting pass always leaves a candidate, and it is returned without counting it, so an
# array with no majority still gets an answer.
class Solution:
    def majority(self, nums):
        candidate, votes = None, 0
        for x in nums:
            if votes == 0:
                candidate, votes = x, 1
            elif x == candidate:
                votes += 1
            else:
                votes -= 1
        return candidate
