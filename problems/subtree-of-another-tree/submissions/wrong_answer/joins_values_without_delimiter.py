# Mistake: writes the trees as strings ("5,3,1,#,#,...") and looks for one inside the other, but a value
# is not delimited on its left, so the leaf 2 ("2,#,#") is found inside the leaf 12 ("12,#,#").
class Solution:
    def isSubtree(self, root, subRoot):
        def serialize(tree):
            out, stack = [], [tree]
            while stack:
                node = stack.pop()
                if node is None:
                    out.append("#")
                else:
                    out.append(str(node.val))
                    stack.append(node.right)
                    stack.append(node.left)
            return ",".join(out)

        return serialize(subRoot) in serialize(root)
