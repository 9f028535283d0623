class Solution:
    def diameterOfBinaryTree(self, root):
        # List the nodes breadth first with their parent's index (no recursion, so a long path is
        # safe). Going through the list backwards, every child is finished before its parent:
        # down[i] is the longest downward path from node i, in edges, and a path turning at p joins
        # p's best branch so far with the branch through the current child.
        if root is None:
            return 0
        order, parent = [root], [-1]
        i = 0
        while i < len(order):
            node = order[i]
            if node.left is not None:
                order.append(node.left)
                parent.append(i)
            if node.right is not None:
                order.append(node.right)
                parent.append(i)
            i += 1
        down = [0] * len(order)
        best = 0
        for i in range(len(order) - 1, 0, -1):
            p = parent[i]
            branch = down[i] + 1
            if down[p] + branch > best:
                best = down[p] + branch
            if branch > down[p]:
                down[p] = branch
        return best
