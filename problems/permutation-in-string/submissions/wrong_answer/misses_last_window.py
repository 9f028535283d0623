# Wrong: a correct sliding window of letter counts, but the loop stops one window early and never
# looks at the window that ends at the last letter of s2.
class Solution:
    def checkInclusion(self, s1, s2):
        m, n = len(s1), len(s2)
        if m > n:
            return False
        need = [0] * 26
        have = [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for i in range(n - 1):
            have[ord(s2[i]) - 97] += 1
            if i >= m:
                have[ord(s2[i - m]) - 97] -= 1
            if i >= m - 1 and have == need:
                return True
        return False
