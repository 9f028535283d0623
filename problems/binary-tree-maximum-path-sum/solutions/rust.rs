impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // List the nodes breadth first with their parent and side (no recursion, so a long path is
        // safe) and handle them backwards, children before parents. gain is the best sum of a path
        // going down from a node (never below 0 once offered to the parent: a negative branch is
        // left out); a path turning at a node adds the gains offered by both children.
        let mut order: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut parent: Vec<usize> = vec![0; order.len()];
        let mut side: Vec<u8> = vec![0; order.len()];
        let mut i = 0;
        while i < order.len() {
            let node = order[i].clone();
            let node = node.borrow();
            for (s, child) in [(0u8, &node.left), (1u8, &node.right)] {
                if let Some(c) = child {
                    order.push(c.clone());
                    parent.push(i);
                    side.push(s);
                }
            }
            i += 1;
        }
        let n = order.len();
        let (mut left, mut right) = (vec![0i32; n], vec![0i32; n]);
        let mut best = order[0].borrow().val;
        for i in (0..n).rev() {
            let val = order[i].borrow().val;
            best = best.max(val + left[i] + right[i]);
            let gain = val + left[i].max(right[i]);
            if gain > 0 && i > 0 {
                if side[i] == 0 {
                    left[parent[i]] = gain;
                } else {
                    right[parent[i]] = gain;
                }
            }
        }
        best
    }
}
