class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> result;
        if (root == nullptr) return result;
        vector<TreeNode*> current{root};
        while (!current.empty()) {
            vector<TreeNode*> next;
            vector<int> level;
            level.reserve(current.size());
            for (TreeNode* node : current) {
                level.push_back(node->val);
                if (node->left != nullptr) next.push_back(node->left);
                if (node->right != nullptr) next.push_back(node->right);
            }
            result.push_back(move(level));
            current.swap(next);
        }
        return result;
    }
};
