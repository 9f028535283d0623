# Wrong: compares the SETS of letters of s1 and of each window, so the number of copies of a letter
# is ignored ("aab" matches the window "abb").
class Solution:
    def checkInclusion(self, s1, s2):
        m = len(s1)
        want = set(s1)
        for i in range(len(s2) - m + 1):
            if set(s2[i:i + m]) == want:
                return True
        return False
