// Mistake: the largest value "seen so far" starts at 0 instead of the root's value (or the smallest int),
// so with negative values the root and other good nodes below 0 are not counted.
class Solution {
public:
    int goodNodes(TreeNode* root) {
        int count = 0;
        vector<pair<TreeNode*, int>> stack{{root, 0}};
        while (!stack.empty()) {
            auto [node, best] = stack.back();
            stack.pop_back();
            if (node->val >= best) {
                count++;
                best = node->val;
            }
            if (node->left) stack.push_back({node->left, best});
            if (node->right) stack.push_back({node->right, best});
        }
        return count;
    }
};
