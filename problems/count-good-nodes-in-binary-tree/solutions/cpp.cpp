class Solution {
public:
    int goodNodes(TreeNode* root) {
        // depth-first walk with an explicit stack of (node, largest value above it): a node is good when
        // its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
        int count = 0;
        vector<pair<TreeNode*, int>> stack{{root, root->val}};
        while (!stack.empty()) {
            auto [node, best] = stack.back();
            stack.pop_back();
            if (node->val >= best) {
                count++;
                best = node->val;
            }
            if (node->left != nullptr) stack.push_back({node->left, best});
            if (node->right != nullptr) stack.push_back({node->right, best});
        }
        return count;
    }
};
