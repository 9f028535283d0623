impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // visit every node once with an explicit stack (no recursion, so a long path is safe)
        // and exchange its two children
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let mut node = node.borrow_mut();
            let left = node.left.take();
            node.left = node.right.take();
            node.right = left;
            stack.extend(node.left.iter().cloned());
            stack.extend(node.right.iter().cloned());
        }
        root
    }
}
