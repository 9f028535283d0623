class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        // List the nodes breadth first with their parent's index (no recursion, so a long path is
        // safe). Going through the list backwards, every child is finished before its parent:
        // down[i] is the longest downward path from node i, in edges, and a path turning at p joins
        // p's best branch so far with the branch through the current child.
        if (root == nullptr) return 0;
        vector<TreeNode*> order{root};
        vector<int> parent{-1};
        for (size_t i = 0; i < order.size(); i++) {
            TreeNode* node = order[i];
            if (node->left) { order.push_back(node->left); parent.push_back((int)i); }
            if (node->right) { order.push_back(node->right); parent.push_back((int)i); }
        }
        vector<int> down(order.size(), 0);
        int best = 0;
        for (size_t i = order.size() - 1; i > 0; i--) {
            int p = parent[i];
            int branch = down[i] + 1;
            best = max(best, down[p] + branch);
            down[p] = max(down[p], branch);
        }
        return best;
    }
};
