// Mistake: the same string search in C++: each value is written as "v," with no separator in front,
// so "2,#,#," is found at the end of "12,#,#,", and "2" inside "-2".
class Solution {
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        return serialize(root).find(serialize(subRoot)) != string::npos;
    }

private:
    static string serialize(TreeNode* tree) {
        string out;
        vector<TreeNode*> stack{tree};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (node == nullptr) {
                out += "#,";
            } else {
                out += to_string(node->val) + ",";
                stack.push_back(node->right);
                stack.push_back(node->left);
            }
        }
        return out;
    }
};
