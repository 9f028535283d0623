impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        // Owned Box links cannot be walked by two cursors at once (the fast/slow trick needs a
        // shared and a mutable reference into the same list), so count first: still O(length).
        let mut length = 0;
        let mut node = &head;
        while let Some(current) = node {
            length += 1;
            node = &current.next;
        }
        let mut head = head;
        // the link that points at the node to remove has index length - n from the front
        let mut link = &mut head;
        for _ in 0..length - n {
            link = &mut link.as_mut().unwrap().next;
        }
        let removed = link.take().unwrap();
        *link = removed.next;
        head
    }
}
