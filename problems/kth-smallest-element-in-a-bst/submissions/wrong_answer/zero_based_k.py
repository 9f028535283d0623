# Wrong: sorts the values correctly but indexes them from 0 with k, returning the (k+1)-th
# smallest (and it would fail outright for k = n).
class Solution:
    def kthSmallest(self, root, k):
        values, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is not None:
                values.append(node.val)
                stack.append(node.left)
                stack.append(node.right)
        values.sort()
        return values[k] if k < len(values) else values[-1]
