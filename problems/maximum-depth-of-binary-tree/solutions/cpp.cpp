class Solution {
public:
    int maxDepth(TreeNode* root) {
        // breadth-first search, one level at a time (no recursion)
        if (root == nullptr) return 0;
        vector<TreeNode*> level{root}, next;
        int depth = 0;
        while (!level.empty()) {
            depth++;
            next.clear();
            for (TreeNode* node : level) {
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            swap(level, next);
        }
        return depth;
    }
};
