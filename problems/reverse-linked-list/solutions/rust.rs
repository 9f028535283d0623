impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // move the nodes one by one onto the front of a new list (iterative: lists can be long)
        let mut reversed: Option<Box<ListNode>> = None;
        let mut rest = head;
        while let Some(mut node) = rest {
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        reversed
    }
}
