class Solution {
public:
    bool isValidBST(TreeNode* root) {
        // iterative in-order traversal: the values must come out strictly increasing
        vector<TreeNode*> stack;
        TreeNode* node = root;
        long long prev = LLONG_MIN;
        while (!stack.empty() || node != nullptr) {
            while (node != nullptr) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if ((long long)node->val <= prev) return false;
            prev = node->val;
            node = node->right;
        }
        return true;
    }
};
