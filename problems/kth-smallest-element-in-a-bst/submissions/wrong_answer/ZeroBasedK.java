import java.util.ArrayDeque;

// Wrong: an in-order walk that counts the nodes from 0 and stops when the count reaches k, one
// node too late: it returns the (k+1)-th smallest value.
class Solution {
    public int kthSmallest(TreeNode root, int k) {
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        int count = 0, last = 0;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            last = node.val;
            if (count == k) return node.val;
            count++;
            node = node.right;
        }
        return last;
    }
}
