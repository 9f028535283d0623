impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        // in-order walk with an explicit stack: it meets the values in increasing order, so the
        // k-th node popped holds the answer (no recursion, so a long path is safe)
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut node = root;
        let mut k = k;
        loop {
            while let Some(n) = node {
                node = n.borrow().left.clone();
                stack.push(n);
            }
            let n = stack.pop().expect("k is at most the number of nodes");
            k -= 1;
            if k == 0 {
                return n.borrow().val;
            }
            node = n.borrow().right.clone();
        }
    }
}
