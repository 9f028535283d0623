import java.util.Arrays;

class Solution {
    private static final int NONE = 1 << 20; // outside the value range

    public boolean isSubtree(TreeNode root, TreeNode subRoot) {
        // Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
        // of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
        // O(n + m). The traversals use an explicit stack: a tree may be one long path.
        int[] text = preorder(root);
        int[] pat = preorder(subRoot);
        int m = pat.length;
        int[] fail = new int[m]; // fail[i]: the longest proper border of pat[0..i]
        int k = 0;
        for (int i = 1; i < m; i++) {
            while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
            if (pat[i] == pat[k]) k++;
            fail[i] = k;
        }
        k = 0;
        for (int x : text) {
            while (k > 0 && x != pat[k]) k = fail[k - 1];
            if (x == pat[k]) {
                k++;
                if (k == m) return true;
            }
        }
        return false;
    }

    private static int[] preorder(TreeNode tree) {
        // an array as the stack: it must hold null for a missing child (ArrayDeque refuses null)
        int[] out = new int[16];
        int size = 0;
        TreeNode[] stack = new TreeNode[16];
        int top = 0;
        stack[top++] = tree;
        while (top > 0) {
            TreeNode node = stack[--top];
            if (size == out.length) out = Arrays.copyOf(out, out.length * 2);
            if (node == null) {
                out[size++] = NONE;
            } else {
                out[size++] = node.val;
                if (top + 2 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
                stack[top++] = node.right;
                stack[top++] = node.left;
            }
        }
        return Arrays.copyOf(out, size);
    }
}
