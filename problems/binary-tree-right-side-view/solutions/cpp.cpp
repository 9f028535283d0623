class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        // breadth first, one level at a time: the last node of each level is the visible one
        vector<int> view;
        vector<TreeNode*> level, next;
        if (root != nullptr) level.push_back(root);
        while (!level.empty()) {
            view.push_back(level.back()->val);
            next.clear();
            for (TreeNode* node : level) {
                if (node->left) next.push_back(node->left);
                if (node->right) next.push_back(node->right);
            }
            swap(level, next);
        }
        return view;
    }
};
