# Correct but slow: simulates the CPU one time unit at a time, each time running the waiting task
# with the most copies left (or idling). The number of units can reach about 10^7.
class Solution:
    def leastInterval(self, tasks, n):
        left = {}
        for t in tasks:
            left[t] = left.get(t, 0) + 1
        ready = {t: 0 for t in left}  # the first unit at which each task may run again
        time = 0
        remaining = len(tasks)
        while remaining:
            best = None
            for t, c in left.items():
                if c and ready[t] <= time and (best is None or c > left[best]):
                    best = t
            if best is not None:
                left[best] -= 1
                ready[best] = time + n + 1
                remaining -= 1
            time += 1
        return time
