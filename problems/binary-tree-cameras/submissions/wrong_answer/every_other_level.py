# Mistake: puts cameras on every other level (the even levels or the odd ones, whichever has fewer
# nodes). That watches every node, but it is not the minimum: a path of 6 nodes needs only 2 cameras.
class Solution:
    def minCameraCover(self, root):
        counts = [0, 0]
        level, depth = [root], 0
        while level:
            counts[depth % 2] += len(level)
            level = [c for node in level for c in (node.left, node.right) if c is not None]
            depth += 1
        return min(counts) if counts[1] > 0 else 1
