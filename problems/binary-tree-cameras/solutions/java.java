import java.util.ArrayList;

class Solution {
    public int minCameraCover(TreeNode root) {
        // Greedy from the leaves up, each node in one of three states:
        //   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
        // A missing child counts as watched. A node with an unwatched child takes a camera; a node with
        // a camera child is watched; otherwise it waits for its parent. Children are handled before
        // their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
        ArrayList<TreeNode> order = new ArrayList<>();
        ArrayList<Integer> leftOf = new ArrayList<>();
        ArrayList<Integer> rightOf = new ArrayList<>();
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            TreeNode node = order.get(i);
            if (node.left != null) {
                leftOf.add(order.size());
                order.add(node.left);
            } else {
                leftOf.add(-1);
            }
            if (node.right != null) {
                rightOf.add(order.size());
                order.add(node.right);
            } else {
                rightOf.add(-1);
            }
        }
        int n = order.size();
        int[] state = new int[n];
        int cameras = 0;
        for (int i = n - 1; i >= 0; i--) {
            int left = leftOf.get(i) >= 0 ? state[leftOf.get(i)] : 1;
            int right = rightOf.get(i) >= 0 ? state[rightOf.get(i)] : 1;
            if (left == 0 || right == 0) {
                state[i] = 2;
                cameras++;
            } else if (left == 2 || right == 2) {
                state[i] = 1;
            } else {
                state[i] = 0;
            }
        }
        if (state[0] == 0) cameras++;
        return cameras;
    }
}
