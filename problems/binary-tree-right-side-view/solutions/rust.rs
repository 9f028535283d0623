impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // breadth first, one level at a time: the last node of each level is the visible one
        let mut view = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(last) = level.last() {
            view.push(last.borrow().val);
            let mut next = Vec::new();
            for node in &level {
                let node = node.borrow();
                next.extend(node.left.iter().cloned());
                next.extend(node.right.iter().cloned());
            }
            level = next;
        }
        view
    }
}
