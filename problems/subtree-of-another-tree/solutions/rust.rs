impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Write both trees in preorder with a marker for each missing child; then sub_root is a subtree
        // of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
        // O(n + m). The traversals use an explicit stack: a tree may be one long path.
        let text = Self::preorder(&root);
        let pat = Self::preorder(&sub_root);
        let m = pat.len();
        let mut fail = vec![0usize; m]; // fail[i]: the longest proper border of pat[0..=i]
        let mut k = 0;
        for i in 1..m {
            while k > 0 && pat[i] != pat[k] {
                k = fail[k - 1];
            }
            if pat[i] == pat[k] {
                k += 1;
            }
            fail[i] = k;
        }
        k = 0;
        for &x in &text {
            while k > 0 && x != pat[k] {
                k = fail[k - 1];
            }
            if x == pat[k] {
                k += 1;
                if k == m {
                    return true;
                }
            }
        }
        false
    }

    fn preorder(tree: &Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        const NONE: i32 = 1 << 20; // outside the value range
        let mut out = Vec::new();
        let mut stack = vec![tree.clone()];
        while let Some(node) = stack.pop() {
            match node {
                None => out.push(NONE),
                Some(node) => {
                    let node = node.borrow();
                    out.push(node.val);
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
            }
        }
        out
    }
}
