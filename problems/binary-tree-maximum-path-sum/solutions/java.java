import java.util.ArrayList;

class Solution {
    public int maxPathSum(TreeNode root) {
        // List the nodes breadth first with their parent and side (no recursion, so a long path is
        // safe) and handle them backwards, children before parents. gain is the best sum of a path
        // going down from a node (never below 0 once offered to the parent: a negative branch is
        // left out); a path turning at a node adds the gains offered by both children.
        ArrayList<TreeNode> order = new ArrayList<>();
        ArrayList<Integer> parent = new ArrayList<>();
        order.add(root);
        parent.add(-1);
        for (int i = 0; i < order.size(); i++) {
            TreeNode node = order.get(i);
            if (node.left != null) { order.add(node.left); parent.add(i); }
            if (node.right != null) { order.add(node.right); parent.add(i); }
        }
        int n = order.size();
        int[] left = new int[n], right = new int[n];
        int best = root.val;
        for (int i = n - 1; i >= 0; i--) {
            TreeNode node = order.get(i);
            best = Math.max(best, node.val + left[i] + right[i]);
            int gain = node.val + Math.max(left[i], right[i]);
            if (gain > 0 && i > 0) {
                int p = parent.get(i);
                if (order.get(p).left == node) left[p] = gain;
                else right[p] = gain;
            }
        }
        return best;
    }
}
