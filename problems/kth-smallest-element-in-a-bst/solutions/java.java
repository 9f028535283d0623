import java.util.ArrayDeque;

class Solution {
    public int kthSmallest(TreeNode root, int k) {
        // in-order walk with an explicit stack: it meets the values in increasing order, so the
        // k-th node popped holds the answer (no recursion, so a long path is safe)
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        while (true) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (--k == 0) return node.val;
            node = node.right;
        }
    }
}
