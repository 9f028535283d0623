class Solution {
public:
    bool isSameTree(TreeNode* p, TreeNode* q) {
        // walk both trees together with a stack of node pairs (no recursion, so a long path is
        // safe); the first pair that differs in presence or value decides
        vector<pair<TreeNode*, TreeNode*>> stack{{p, q}};
        while (!stack.empty()) {
            auto [a, b] = stack.back();
            stack.pop_back();
            if (a == nullptr && b == nullptr) continue;
            if (a == nullptr || b == nullptr || a->val != b->val) return false;
            stack.emplace_back(a->left, b->left);
            stack.emplace_back(a->right, b->right);
        }
        return true;
    }
};
