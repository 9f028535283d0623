class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        // One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
        // The stack holds the nodes on the current left spine whose right subtree is still open. While
        // the top is not the next inorder value, the next preorder value is a left child; once it is,
        // pop the nodes whose inorder turn has come, and the next value is the right child of the last
        // node popped. O(n) time.
        if (preorder.empty()) return nullptr;
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> stack{root};
        size_t j = 0; // the next inorder position not yet matched
        for (size_t i = 1; i < preorder.size(); i++) {
            TreeNode* node = stack.back();
            if (node->val != inorder[j]) {
                node->left = new TreeNode(preorder[i]);
                stack.push_back(node->left);
            } else {
                while (!stack.empty() && stack.back()->val == inorder[j]) {
                    node = stack.back();
                    stack.pop_back();
                    j++;
                }
                node->right = new TreeNode(preorder[i]);
                stack.push_back(node->right);
            }
        }
        return root;
    }
};
