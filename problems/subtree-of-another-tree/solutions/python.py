class Solution:
    def isSubtree(self, root, subRoot):
        # Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
        # of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
        # O(n + m). The traversals use an explicit stack: a tree may be one long path.
        NONE = 1 << 20  # outside the value range

        def preorder(tree):
            out, stack = [], [tree]
            while stack:
                node = stack.pop()
                if node is None:
                    out.append(NONE)
                else:
                    out.append(node.val)
                    stack.append(node.right)
                    stack.append(node.left)
            return out

        text, pat = preorder(root), preorder(subRoot)
        m = len(pat)
        fail = [0] * m  # fail[i]: the longest proper border of pat[:i + 1]
        k = 0
        for i in range(1, m):
            while k > 0 and pat[i] != pat[k]:
                k = fail[k - 1]
            if pat[i] == pat[k]:
                k += 1
            fail[i] = k
        k = 0
        for x in text:
            while k > 0 and x != pat[k]:
                k = fail[k - 1]
            if x == pat[k]:
                k += 1
                if k == m:
                    return True
        return False
