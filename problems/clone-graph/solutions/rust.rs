use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        let start = node?;
        // copies maps the value of every node reached so far (unique in the graph) to its copy; breadth-first
        let start_val = start.borrow().val;
        let mut copies: HashMap<i32, Rc<RefCell<GraphNode>>> = HashMap::new();
        copies.insert(start_val, Rc::new(RefCell::new(GraphNode::new(start_val))));
        let mut queue = VecDeque::new();
        queue.push_back(start);
        while let Some(original) = queue.pop_front() {
            let original = original.borrow();
            let copy = Rc::clone(&copies[&original.val]);
            for nb in &original.neighbors {
                let nb_val = nb.borrow().val;
                let nb_copy = match copies.get(&nb_val) {
                    Some(c) => Rc::clone(c),
                    None => {
                        let c = Rc::new(RefCell::new(GraphNode::new(nb_val)));
                        copies.insert(nb_val, Rc::clone(&c));
                        queue.push_back(Rc::clone(nb));
                        c
                    }
                };
                copy.borrow_mut().neighbors.push(nb_copy);
            }
        }
        let root = Rc::clone(&copies[&start_val]);
        Some(root)
    }
}
