# Mistake: only checks that each kind of bracket is balanced on its own, not that they nest.
class Solution:
    def isValid(self, s):
        for open_, close in ('()', '[]', '{}'):
            depth = 0
            for c in s:
                if c == open_:
                    depth += 1
                elif c == close:
                    depth -= 1
                    if depth < 0:
                        return False
            if depth != 0:
                return False
        return True
