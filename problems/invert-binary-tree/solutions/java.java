import java.util.ArrayDeque;

class Solution {
    public TreeNode invertTree(TreeNode root) {
        // visit every node once with an explicit stack (no recursion, so a long path is safe)
        // and exchange its two children
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        if (root != null) stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            TreeNode left = node.left;
            node.left = node.right;
            node.right = left;
            if (node.left != null) stack.push(node.left);
            if (node.right != null) stack.push(node.right);
        }
        return root;
    }
}
