impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        // One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
        // The stack holds the nodes on the current left spine whose right subtree is still open. While
        // the top is not the next inorder value, the next preorder value is a left child; once it is,
        // pop the nodes whose inorder turn has come, and the next value is the right child of the last
        // node popped. O(n) time.
        if preorder.is_empty() {
            return None;
        }
        let root = Rc::new(RefCell::new(TreeNode::new(preorder[0])));
        let mut stack = vec![root.clone()];
        let mut j = 0; // the next inorder position not yet matched
        for &v in &preorder[1..] {
            let child = Rc::new(RefCell::new(TreeNode::new(v)));
            let top = stack.last().unwrap().clone();
            if top.borrow().val != inorder[j] {
                top.borrow_mut().left = Some(child.clone());
            } else {
                let mut node = top;
                while let Some(last) = stack.last() {
                    if last.borrow().val != inorder[j] {
                        break;
                    }
                    node = stack.pop().unwrap();
                    j += 1;
                }
                node.borrow_mut().right = Some(child.clone());
            }
            stack.push(child);
        }
        Some(root)
    }
}
