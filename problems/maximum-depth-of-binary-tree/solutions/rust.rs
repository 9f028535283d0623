impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // level by level (no recursion, so very deep trees are safe)
        let mut depth = 0;
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            depth += 1;
            let mut next = Vec::new();
            for node in &level {
                let node = node.borrow();
                next.extend(node.left.iter().cloned());
                next.extend(node.right.iter().cloned());
            }
            level = next;
        }
        depth
    }
}
