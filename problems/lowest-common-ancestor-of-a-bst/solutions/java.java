class Solution {
    public int lowestCommonAncestor(TreeNode root, int p, int q) {
        // walk down from the root: while both values lie on the same side of the node, go to that
        // side; the first node between them (inclusive) is where their paths part: O(height), no recursion
        int lo = Math.min(p, q), hi = Math.max(p, q);
        TreeNode node = root;
        while (true) {
            if (hi < node.val) node = node.left;
            else if (lo > node.val) node = node.right;
            else return node.val;
        }
    }
}
