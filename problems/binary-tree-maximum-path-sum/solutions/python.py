class Solution:
    def maxPathSum(self, root):
        # List the nodes breadth first with their parent and side (no recursion, so a long path is
        # safe) and handle them backwards, children before parents. gain[i] is the best sum of a
        # path going down from node i (never below 0 once offered to the parent: a negative branch
        # is left out); a path turning at i adds the gains offered by both children.
        order, parent, side = [root], [-1], [0]
        i = 0
        while i < len(order):
            node = order[i]
            if node.left is not None:
                order.append(node.left)
                parent.append(i)
                side.append(0)
            if node.right is not None:
                order.append(node.right)
                parent.append(i)
                side.append(1)
            i += 1
        n = len(order)
        left, right = [0] * n, [0] * n
        best = order[0].val
        for i in range(n - 1, -1, -1):
            val = order[i].val
            turn = val + left[i] + right[i]
            if turn > best:
                best = turn
            gain = val + (left[i] if left[i] > right[i] else right[i])
            if gain > 0 and i > 0:
                if side[i] == 0:
                    left[parent[i]] = gain
                else:
                    right[parent[i]] = gain
        return best
