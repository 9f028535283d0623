# Correct but O(n * cameras): the right greedy (a camera on the parent of the deepest unwatched node),
# but each round finds that node by scanning all the nodes again (100000 nodes: ~30000 rounds).
class Solution:
    def minCameraCover(self, root):
        order = [root]
        parent = {root: None}
        for node in order:  # breadth first: deeper nodes come later
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    order.append(child)
        watched = set()
        cameras = 0
        while True:
            target = None
            for node in reversed(order):    # the deepest unwatched node
                if node not in watched:
                    target = node
                    break
            if target is None:
                return cameras
            cam = parent[target] if parent[target] is not None else target
            cameras += 1
            for node in (cam, parent[cam], cam.left, cam.right):
                if node is not None:
                    watched.add(node)
