// Wrong: walks down one path, taking the right child when there is one and the left child
// otherwise. A deeper level reached only through an earlier left subtree is missed.
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        for (TreeNode* node = root; node != nullptr; node = node->right ? node->right : node->left)
            view.push_back(node->val);
        return view;
    }
};
