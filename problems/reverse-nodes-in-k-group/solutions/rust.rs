impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // take the nodes off the front of `rest` one full group at a time: a group is reversed by
        // pushing its nodes onto a new list, then hung at the end of the result (O(n), no recursion)
        let k = k as usize;
        let mut rest = head;
        let mut result: Option<Box<ListNode>> = None;
        let mut tail = &mut result; // the empty link at the end of the result
        loop {
            let mut count = 0;
            let mut probe = rest.as_ref();
            while count < k {
                match probe {
                    Some(node) => {
                        count += 1;
                        probe = node.next.as_ref();
                    }
                    None => break,
                }
            }
            if count < k {
                *tail = rest; // fewer than k nodes left: they keep their order
                break;
            }
            let mut group: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.unwrap();
                rest = node.next.take();
                node.next = group;
                group = Some(node);
            }
            *tail = group;
            for _ in 0..k {
                tail = &mut tail.as_mut().unwrap().next;
            }
        }
        result
    }
}
