# Wrong: walks down one path, taking the right child when there is one and the left child
# otherwise. A deeper level reached only through an earlier left subtree is missed.
class Solution:
    def rightSideView(self, root):
        view = []
        node = root
        while node is not None:
            view.append(node.val)
            node = node.right if node.right is not None else node.left
        return view
