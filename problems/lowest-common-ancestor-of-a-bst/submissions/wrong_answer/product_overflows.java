// Mistake: "p and q are on the same side when (val - p) * (val - q) > 0", computed in int. With values
// near 10^9 the product overflows 32 bits, its sign is wrong, and the walk stops too early.
class Solution {
    public int lowestCommonAncestor(TreeNode root, int p, int q) {
        TreeNode node = root;
        while ((node.val - p) * (node.val - q) > 0) {
            node = p < node.val ? node.left : node.right;
        }
        return node.val;
    }
}
