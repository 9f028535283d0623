use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut rest = lists; // rest[i]: the unused part of list i
        // a min-heap of (first unused value, list number)
        let mut heap = BinaryHeap::new();
        for (i, list) in rest.iter().enumerate() {
            if let Some(node) = list {
                heap.push(Reverse((node.val, i)));
            }
        }
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head; // the empty link at the end of the result
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = rest[i].take().unwrap();
            rest[i] = node.next.take();
            if let Some(next) = &rest[i] {
                heap.push(Reverse((next.val, i)));
            }
            tail = &mut tail.insert(node).next;
        }
        head
    }
}
