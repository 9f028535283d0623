from collections import Counter


# The frame formula with the final slot counted once: when several tasks share the highest count,
# each of them needs its own slot after the last gap.
class Solution:
    def leastInterval(self, tasks, n):
        most = max(Counter(tasks).values())
        return max(len(tasks), (most - 1) * (n + 1) + 1)
