# Correct but O(n^2): deletes adjacent matching pairs again and again until nothing changes.
class Solution:
    def isValid(self, s):
        while True:
            shorter = s.replace('()', '').replace('[]', '').replace('{}', '')
            if shorter == s:
                return s == ''
            s = shorter
