class Solution:
    def minCameraCover(self, root):
        # Greedy from the leaves up, each node in one of three states:
        #   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
        # A missing child counts as watched. A node with an unwatched child takes a camera; a node with
        # a camera child is watched; otherwise it waits for its parent. Children are handled before
        # their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
        order = [root]
        for node in order:  # order grows while it is read
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
        if state[root] == 0:
            cameras += 1
        return cameras
