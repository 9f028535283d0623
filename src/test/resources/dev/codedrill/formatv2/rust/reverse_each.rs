impl Solution {
    pub fn reverse_each(lists: Vec<Option<Box<ListNode>>>) -> Vec<Option<Box<ListNode>>> {
        lists
            .into_iter()
            .map(|mut head| {
                let mut reversed = None;
                while let Some(mut node) = head {
                    head = node.next.take();
                    node.next = reversed;
                    reversed = Some(node);
                }
                reversed
            })
            .collect()
    }
}
