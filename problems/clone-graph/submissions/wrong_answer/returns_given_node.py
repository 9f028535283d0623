# Mistake: returns the graph it was given instead of building a copy (the values and links look right, but no new
# node was made).
class Solution:
    def cloneGraph(self, node):
        return node
