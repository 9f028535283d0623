# Wrong: only looks for two courses that require each other (and a course that
# requires itself); longer cycles such as 0 -> 1 -> 2 -> 0 go unnoticed.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        pairs = set()
        for a, b in prerequisites:
            if a == b or (b, a) in pairs:
                return False
            pairs.add((a, b))
        return True
