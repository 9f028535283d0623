impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: i32, q: i32) -> i32 {
        // walk down from the root: while both values lie on the same side of the node, go to that
        // side; the first node between them (inclusive) is where their paths part: O(height), no recursion
        let (lo, hi) = (p.min(q), p.max(q));
        let mut node = root.expect("the tree is not empty");
        loop {
            let next = {
                let n = node.borrow();
                if hi < n.val {
                    n.left.clone()
                } else if lo > n.val {
                    n.right.clone()
                } else {
                    return n.val;
                }
            };
            node = next.expect("p and q are in the tree");
        }
    }
}
