use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        let start = node?;
        // each original node (by address) → its copy
        let mut copies: HashMap<*const RefCell<GraphNode>, Rc<RefCell<GraphNode>>> = HashMap::new();
        let first = Rc::new(RefCell::new(GraphNode::new(start.borrow().val)));
        copies.insert(Rc::as_ptr(&start), first.clone());
        let mut queue = VecDeque::from(vec![start]);
        while let Some(original) = queue.pop_front() {
            let copy = copies[&Rc::as_ptr(&original)].clone();
            for next in original.borrow().neighbors.iter() {
                let next_copy = copies
                    .entry(Rc::as_ptr(next))
                    .or_insert_with(|| {
                        queue.push_back(next.clone());
                        Rc::new(RefCell::new(GraphNode::new(next.borrow().val)))
                    })
                    .clone();
                copy.borrow_mut().neighbors.push(next_copy);
            }
        }
        Some(first)
    }
}
