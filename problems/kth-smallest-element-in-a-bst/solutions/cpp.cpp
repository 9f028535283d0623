class Solution {
public:
    int kthSmallest(TreeNode* root, int k) {
        // in-order walk with an explicit stack: it meets the values in increasing order, so the
        // k-th node popped holds the answer (no recursion, so a long path is safe)
        vector<TreeNode*> stack;
        TreeNode* node = root;
        while (true) {
            while (node != nullptr) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (--k == 0) return node->val;
            node = node->right;
        }
    }
};
