import java.util.ArrayList;
import java.util.List;

class Solution {
    public int[] rightSideView(TreeNode root) {
        // breadth first, one level at a time: the last node of each level is the visible one
        List<Integer> view = new ArrayList<>();
        List<TreeNode> level = new ArrayList<>();
        if (root != null) level.add(root);
        while (!level.isEmpty()) {
            view.add(level.get(level.size() - 1).val);
            List<TreeNode> next = new ArrayList<>();
            for (TreeNode node : level) {
                if (node.left != null) next.add(node.left);
                if (node.right != null) next.add(node.right);
            }
            level = next;
        }
        int[] out = new int[view.size()];
        for (int i = 0; i < out.length; i++) out[i] = view.get(i);
        return out;
    }
}
