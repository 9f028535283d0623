impl Solution {
    pub fn has_cycle(head: Option<Box<ListNode>>) -> bool {
        // Floyd's tortoise and hare: the hare moves two nodes per step, the tortoise one; they meet only on a cycle
        let mut slow = head.as_ref();
        let mut fast = head.as_ref();
        while let Some(f) = fast {
            fast = match f.next.as_ref() {
                Some(next) => next.next.as_ref(),
                None => return false,
            };
            slow = slow.and_then(|s| s.next.as_ref());
            if let (Some(s), Some(f)) = (slow, fast) {
                if std::ptr::eq(s.as_ref(), f.as_ref()) {
                    return true;
                }
            }
        }
        false
    }
}
