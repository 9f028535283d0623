class Solution:
    def rightSideView(self, root):
        # breadth first, one level at a time: the last node of each level is the visible one
        view = []
        level = [root] if root is not None else []
        while level:
            view.append(level[-1].val)
            nxt = []
            for node in level:
                if node.left is not None:
                    nxt.append(node.left)
                if node.right is not None:
                    nxt.append(node.right)
            level = nxt
        return view
