impl Solution {
    pub fn has_cycle(head: Option<Box<ListNode>>) -> bool {
        let answer = Self::loops(head.as_deref());
        // free the list node by node: dropping a long chain of boxes at once recurses once per node
        let mut rest = head;
        while let Some(mut node) = rest {
            rest = node.next.take();
        }
        answer
    }

    // One pointer moves one node per step, the other two; they meet exactly when the list loops.
    // (An Option<Box<ListNode>> owns its next node, so it cannot actually form a loop; the same walk, comparing
    // node addresses, answers false for every list it can hold.)
    fn loops(head: Option<&ListNode>) -> bool {
        let mut slow = head;
        let mut fast = head;
        while let Some(f) = fast {
            match f.next.as_deref() {
                None => return false,
                Some(f1) => fast = f1.next.as_deref(),
            }
            slow = slow.and_then(|s| s.next.as_deref());
            if let (Some(s), Some(f)) = (slow, fast) {
                if std::ptr::eq(s, f) {
                    return true;
                }
            }
        }
        false
    }
}
