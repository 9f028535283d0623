class Solution {
public:
    int minCameraCover(TreeNode* root) {
        // Greedy from the leaves up, each node in one of three states:
        //   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
        // A missing child counts as watched. A node with an unwatched child takes a camera; a node with
        // a camera child is watched; otherwise it waits for its parent. Children are handled before
        // their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
        vector<TreeNode*> order{root};
        vector<int> leftOf, rightOf;
        for (size_t i = 0; i < order.size(); i++) {
            TreeNode* node = order[i];
            if (node->left != nullptr) {
                leftOf.push_back(order.size());
                order.push_back(node->left);
            } else {
                leftOf.push_back(-1);
            }
            if (node->right != nullptr) {
                rightOf.push_back(order.size());
                order.push_back(node->right);
            } else {
                rightOf.push_back(-1);
            }
        }
        int n = order.size();
        vector<int> state(n);
        int cameras = 0;
        for (int i = n - 1; i >= 0; i--) {
            int left = leftOf[i] >= 0 ? state[leftOf[i]] : 1;
            int right = rightOf[i] >= 0 ? state[rightOf[i]] : 1;
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
};
