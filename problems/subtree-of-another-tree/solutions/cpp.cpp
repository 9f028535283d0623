class Solution {
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        // Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
        // of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
        // O(n + m). The traversals use an explicit stack: a tree may be one long path.
        vector<int> text = preorder(root), pat = preorder(subRoot);
        int m = pat.size();
        vector<int> fail(m, 0); // fail[i]: the longest proper border of pat[0..i]
        int k = 0;
        for (int i = 1; i < m; i++) {
            while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
            if (pat[i] == pat[k]) k++;
            fail[i] = k;
        }
        k = 0;
        for (int x : text) {
            while (k > 0 && x != pat[k]) k = fail[k - 1];
            if (x == pat[k]) {
                k++;
                if (k == m) return true;
            }
        }
        return false;
    }

private:
    static constexpr int NONE = 1 << 20; // outside the value range

    static vector<int> preorder(TreeNode* tree) {
        vector<int> out;
        vector<TreeNode*> stack{tree};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (node == nullptr) {
                out.push_back(NONE);
            } else {
                out.push_back(node->val);
                stack.push_back(node->right);
                stack.push_back(node->left);
            }
        }
        return out;
    }
};
