# Wrong: skips pairs where a course requires itself, treating them as noise,
# although such a course can never be taken.
from collections import deque


class Solution:
    def canFinish(self, numCourses, prerequisites):
        indegree = [0] * numCourses
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            if a == b:
                continue
            unlocks[b].append(a)
            indegree[a] += 1
        queue = deque(i for i in range(numCourses) if indegree[i] == 0)
        done = 0
        while queue:
            c = queue.popleft()
            done += 1
            for nxt in unlocks[c]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    queue.append(nxt)
        return done == numCourses
