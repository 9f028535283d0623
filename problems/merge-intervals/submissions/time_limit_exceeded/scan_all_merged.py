# Correct but O(n * k): every interval is compared with every interval merged so far.
class Solution:
    def merge(self, intervals):
        intervals = sorted(intervals)
        result = []
        for start, end in intervals:
            merged = False
            for iv in result:
                if start <= iv[1] and iv[0] <= end:
                    iv[0] = min(iv[0], start)
                    iv[1] = max(iv[1], end)
                    merged = True
                    break
            if not merged:
                result.append([start, end])
        return result
