import java.util.*;

class Solution {
    public boolean isValidBST(TreeNode root) {
        // iterative in-order traversal: the values must come out strictly increasing
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        long prev = Long.MIN_VALUE;
        while (!stack.isEmpty() || node != null) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (node.val <= prev) return false;
            prev = node.val;
            node = node.right;
        }
        return true;
    }
}
