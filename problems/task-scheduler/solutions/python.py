class Solution:
    def leastInterval(self, tasks, n):
        # Lay out the most frequent task first: its m copies need (m - 1) gaps of n units between
        # them, giving (m - 1) * (n + 1) units plus one final slot for each task that is also
        # used m times. Every other task fits into the gaps; if they overflow the gaps, no unit
        # is ever idle and the answer is simply the number of tasks.
        counts = [0] * 128
        for t in tasks:
            counts[ord(t)] += 1
        most = max(counts)
        tied = counts.count(most)
        return max(len(tasks), (most - 1) * (n + 1) + tied)
