impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // an in-order traversal of a valid BST yields strictly increasing values;
        // an explicit stack instead of recursion handles trees thousands of levels deep
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut node = root;
        let mut previous: Option<i32> = None;
        loop {
            while let Some(current) = node {
                node = current.borrow().left.clone();
                stack.push(current);
            }
            let current = match stack.pop() {
                Some(current) => current,
                None => return true,
            };
            let current = current.borrow();
            if let Some(p) = previous {
                if current.val <= p {
                    return false;
                }
            }
            previous = Some(current.val);
            node = current.right.clone();
        }
    }
}
