class Solution:
    def characterReplacement(self, s, k):
        # window s[left..right]; it may keep (not shrink) its length once it was valid, so
        # `best` (the largest count of one letter seen in any window) need not be decreased
        count = [0] * 26
        left = 0
        best = 0
        for right in range(len(s)):
            c = ord(s[right]) - 65
            count[c] += 1
            if count[c] > best:
                best = count[c]
            if right - left + 1 - best > k:
                count[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
