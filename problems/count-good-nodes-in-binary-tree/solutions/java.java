import java.util.ArrayDeque;

class Solution {
    public int goodNodes(TreeNode root) {
        // depth-first walk with an explicit stack of (node, largest value above it): a node is good when
        // its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
        int count = 0;
        ArrayDeque<TreeNode> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> bests = new ArrayDeque<>();
        nodes.push(root);
        bests.push(root.val);
        while (!nodes.isEmpty()) {
            TreeNode node = nodes.pop();
            int best = bests.pop();
            if (node.val >= best) {
                count++;
                best = node.val;
            }
            if (node.left != null) {
                nodes.push(node.left);
                bests.push(best);
            }
            if (node.right != null) {
                nodes.push(node.right);
                bests.push(best);
            }
        }
        return count;
    }
}
