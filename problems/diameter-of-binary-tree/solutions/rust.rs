impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // List the nodes breadth first with their parent's index (no recursion, so a long path is
        // safe). Going through the list backwards, every child is finished before its parent:
        // down[i] is the longest downward path from node i, in edges, and a path turning at p joins
        // p's best branch so far with the branch through the current child.
        let mut order: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut parent: Vec<usize> = vec![0; order.len()];
        let mut i = 0;
        while i < order.len() {
            let node = order[i].clone();
            let node = node.borrow();
            for child in [&node.left, &node.right] {
                if let Some(c) = child {
                    order.push(c.clone());
                    parent.push(i);
                }
            }
            i += 1;
        }
        let mut down = vec![0i32; order.len()];
        let mut best = 0;
        for i in (1..order.len()).rev() {
            let p = parent[i];
            let branch = down[i] + 1;
            best = best.max(down[p] + branch);
            down[p] = down[p].max(branch);
        }
        best
    }
}
