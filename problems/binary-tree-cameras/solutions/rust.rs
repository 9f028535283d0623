impl Solution {
    pub fn min_camera_cover(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Greedy from the leaves up, each node in one of three states:
        //   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
        // A missing child counts as watched. A node with an unwatched child takes a camera; a node with
        // a camera child is watched; otherwise it waits for its parent. Children are handled before
        // their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
        let mut order: Vec<Rc<RefCell<TreeNode>>> = vec![root.expect("the tree is not empty")];
        let mut left_of: Vec<Option<usize>> = Vec::new();
        let mut right_of: Vec<Option<usize>> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let (left, right) = {
                let node = order[i].borrow();
                (node.left.clone(), node.right.clone())
            };
            match left {
                Some(child) => {
                    left_of.push(Some(order.len()));
                    order.push(child);
                }
                None => left_of.push(None),
            }
            match right {
                Some(child) => {
                    right_of.push(Some(order.len()));
                    order.push(child);
                }
                None => right_of.push(None),
            }
            i += 1;
        }
        let n = order.len();
        let mut state = vec![0u8; n];
        let mut cameras = 0;
        for i in (0..n).rev() {
            let left = left_of[i].map_or(1, |c| state[c]);
            let right = right_of[i].map_or(1, |c| state[c]);
            state[i] = if left == 0 || right == 0 {
                cameras += 1;
                2
            } else if left == 2 || right == 2 {
                1
            } else {
                0
            };
        }
        if state[0] == 0 {
            cameras += 1;
        }
        cameras
    }
}
