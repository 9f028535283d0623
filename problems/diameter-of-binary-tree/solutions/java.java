import java.util.ArrayList;

class Solution {
    public int diameterOfBinaryTree(TreeNode root) {
        // List the nodes breadth first with their parent's index (no recursion, so a long path is
        // safe). Going through the list backwards, every child is finished before its parent:
        // down[i] is the longest downward path from node i, in edges, and a path turning at p joins
        // p's best branch so far with the branch through the current child.
        if (root == null) return 0;
        ArrayList<TreeNode> order = new ArrayList<>();
        ArrayList<Integer> parent = new ArrayList<>();
        order.add(root);
        parent.add(-1);
        for (int i = 0; i < order.size(); i++) {
            TreeNode node = order.get(i);
            if (node.left != null) { order.add(node.left); parent.add(i); }
            if (node.right != null) { order.add(node.right); parent.add(i); }
        }
        int[] down = new int[order.size()];
        int best = 0;
        for (int i = order.size() - 1; i > 0; i--) {
            int p = parent.get(i);
            int branch = down[i] + 1;
            best = Math.max(best, down[p] + branch);
            down[p] = Math.max(down[p], branch);
        }
        return best;
    }
}
