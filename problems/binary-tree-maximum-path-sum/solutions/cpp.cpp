class Solution {
public:
    int maxPathSum(TreeNode* root) {
        // List the nodes breadth first with their parent (no recursion, so a long path is safe)
        // and handle them backwards, children before parents. gain is the best sum of a path going
        // down from a node (never below 0 once offered to the parent: a negative branch is left
        // out); a path turning at a node adds the gains offered by both children.
        vector<TreeNode*> order{root};
        vector<int> parent{-1};
        for (size_t i = 0; i < order.size(); i++) {
            TreeNode* node = order[i];
            if (node->left) { order.push_back(node->left); parent.push_back((int)i); }
            if (node->right) { order.push_back(node->right); parent.push_back((int)i); }
        }
        int n = (int)order.size();
        vector<int> left(n, 0), right(n, 0);
        int best = root->val;
        for (int i = n - 1; i >= 0; i--) {
            TreeNode* node = order[i];
            best = max(best, node->val + left[i] + right[i]);
            int gain = node->val + max(left[i], right[i]);
            if (gain > 0 && i > 0) {
                int p = parent[i];
                if (order[p]->left == node) left[p] = gain;
                else right[p] = gain;
            }
        }
        return best;
    }
};
