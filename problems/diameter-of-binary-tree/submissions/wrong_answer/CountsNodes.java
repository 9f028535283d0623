// Wrong: the usual recursive solution, but the path that turns at a node is counted in nodes
// (left + right + 1) instead of edges, so every answer is one too large.
class Solution {
    private int best;

    public int diameterOfBinaryTree(TreeNode root) {
        best = 0;
        depth(root);
        return best;
    }

    private int depth(TreeNode node) {
        if (node == null) return 0;
        int left = depth(node.left), right = depth(node.right);
        best = Math.max(best, left + right + 1);
        return 1 + Math.max(left, right);
    }
}
