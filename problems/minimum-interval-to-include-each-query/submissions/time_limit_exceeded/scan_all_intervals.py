# Checks every interval for every query: right, but intervals x queries steps.
class Solution:
    def minInterval(self, intervals, queries):
        answers = []
        for q in queries:
            best = -1
            for left, right in intervals:
                if left <= q <= right and (best == -1 or right - left + 1 < best):
                    best = right - left + 1
            answers.append(best)
        return answers
