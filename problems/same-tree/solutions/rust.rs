impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // walk both trees together with a stack of node pairs (no recursion, so a long path is
        // safe); the first pair that differs in presence or value decides
        let mut stack = vec![(p, q)];
        while let Some(pair) = stack.pop() {
            match pair {
                (None, None) => continue,
                (Some(a), Some(b)) => {
                    let (a, b) = (a.borrow(), b.borrow());
                    if a.val != b.val {
                        return false;
                    }
                    stack.push((a.left.clone(), b.left.clone()));
                    stack.push((a.right.clone(), b.right.clone()));
                }
                _ => return false,
            }
        }
        true
    }
}
