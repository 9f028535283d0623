# Correct but slow: repeatedly scans all courses from the start for one whose
# prerequisites are all taken, takes it and starts over: O(V * (V + E)).
class Solution:
    def canFinish(self, numCourses, prerequisites):
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        taken = [False] * numCourses
        for _ in range(numCourses):
            found = False
            for c in range(numCourses):
                if not taken[c] and all(taken[b] for b in needs[c]):
                    taken[c] = True
                    found = True
                    break
            if not found:
                return False
        return True
