# Mistake: the bottom-up greedy is right, but a root left unwatched at the end never gets its camera
# (a single node, or a path of 4 nodes, comes out one camera short).
class Solution:
    def minCameraCover(self, root):
        order = [root]
        for node in order:
            if node.left is not None:
                order.append(node.left)
            if node.right is not None:
                order.append(node.right)
        state = {}
        cameras = 0
        for node in reversed(order):
            left = state[node.left] if node.left is not None else 1
            right = state[node.right] if node.right is not None else 1
            if left == 0 or right == 0:
                state[node] = 2
                cameras += 1
            elif left == 2 or right == 2:
                state[node] = 1
            else:
                state[node] = 0
        return cameras
