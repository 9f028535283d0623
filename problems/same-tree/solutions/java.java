import java.util.ArrayList;

class Solution {
    public boolean isSameTree(TreeNode p, TreeNode q) {
        // walk both trees together with a stack of node pairs (no recursion, so a long path is
        // safe); the first pair that differs in presence or value decides
        ArrayList<TreeNode> stack = new ArrayList<>();
        stack.add(p);
        stack.add(q);
        while (!stack.isEmpty()) {
            TreeNode b = stack.remove(stack.size() - 1);
            TreeNode a = stack.remove(stack.size() - 1);
            if (a == null && b == null) continue;
            if (a == null || b == null || a.val != b.val) return false;
            stack.add(a.left);
            stack.add(b.left);
            stack.add(a.right);
            stack.add(b.right);
        }
        return true;
    }
}
