impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // depth-first walk with an explicit stack of (node, largest value above it): a node is good when
        // its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
        let mut count = 0;
        let root = root.expect("the tree is not empty");
        let first = root.borrow().val;
        let mut stack = vec![(root, first)];
        while let Some((node, mut best)) = stack.pop() {
            let node = node.borrow();
            if node.val >= best {
                count += 1;
                best = node.val;
            }
            if let Some(left) = &node.left {
                stack.push((left.clone(), best));
            }
            if let Some(right) = &node.right {
                stack.push((right.clone(), best));
            }
        }
        count
    }
}
