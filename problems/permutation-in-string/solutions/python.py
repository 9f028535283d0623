class Solution:
    def checkInclusion(self, s1, s2):
        m, n = len(s1), len(s2)
        if m > n:
            return False
        # diff[c] = (count of c in s1) - (count of c in the window of s2); `off` letters have diff != 0
        diff = [0] * 26
        for c in s1:
            diff[ord(c) - 97] += 1
        for c in s2[:m]:
            diff[ord(c) - 97] -= 1
        off = sum(1 for d in diff if d != 0)
        if off == 0:
            return True
        for i in range(m, n):
            a = ord(s2[i]) - 97          # enters the window
            if diff[a] == 0:
                off += 1
            diff[a] -= 1
            if diff[a] == 0:
                off -= 1
            b = ord(s2[i - m]) - 97      # leaves the window
            if diff[b] == 0:
                off += 1
            diff[b] += 1
            if diff[b] == 0:
                off -= 1
            if off == 0:
                return True
        return False
