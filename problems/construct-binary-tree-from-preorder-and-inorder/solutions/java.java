import java.util.ArrayDeque;

class Solution {
    public TreeNode buildTree(int[] preorder, int[] inorder) {
        // One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
        // The stack holds the nodes on the current left spine whose right subtree is still open. While
        // the top is not the next inorder value, the next preorder value is a left child; once it is,
        // pop the nodes whose inorder turn has come, and the next value is the right child of the last
        // node popped. O(n) time.
        if (preorder.length == 0) return null;
        TreeNode root = new TreeNode(preorder[0]);
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        int j = 0; // the next inorder position not yet matched
        for (int i = 1; i < preorder.length; i++) {
            TreeNode node = stack.peek();
            if (node.val != inorder[j]) {
                node.left = new TreeNode(preorder[i]);
                stack.push(node.left);
            } else {
                while (!stack.isEmpty() && stack.peek().val == inorder[j]) {
                    node = stack.pop();
                    j++;
                }
                node.right = new TreeNode(preorder[i]);
                stack.push(node.right);
            }
        }
        return root;
    }
}
