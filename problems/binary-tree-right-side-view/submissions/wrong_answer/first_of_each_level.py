# Wrong: a breadth-first walk that pushes the right child before the left one but then keeps the
# last node of each level, which is the leftmost one (the left side view).
class Solution:
    def rightSideView(self, root):
        view = []
        level = [root] if root is not None else []
        while level:
            view.append(level[-1].val)
            nxt = []
            for node in level:
                if node.right is not None:
                    nxt.append(node.right)
                if node.left is not None:
                    nxt.append(node.left)
            level = nxt
        return view
