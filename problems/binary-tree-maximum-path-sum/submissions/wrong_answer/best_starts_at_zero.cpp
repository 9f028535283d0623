// Wrong: the right gains, but the best sum starts at 0 as if the empty path counted; when every
// value is negative it answers 0 instead of the largest single value.
class Solution {
    int best = 0;

    int gain(TreeNode* node) {
        if (node == nullptr) return 0;
        int left = max(0, gain(node->left));
        int right = max(0, gain(node->right));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }

public:
    int maxPathSum(TreeNode* root) {
        best = 0;
        gain(root);
        return best;
    }
};
