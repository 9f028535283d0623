impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        // count the nodes, cut the list after its first ceil(n/2) nodes, reverse the second part,
        // then splice its nodes in after every node of the first part (O(n) time, O(1) memory)
        let mut n = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            n += 1;
            p = node.next.as_ref();
        }
        if n < 3 {
            return;
        }
        let mut last = head.as_mut().unwrap();
        for _ in 0..(n + 1) / 2 - 1 {
            last = last.next.as_mut().unwrap();
        }
        let mut second = last.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        let mut cur = head.as_mut();
        while let Some(node) = cur {
            match reversed {
                Some(mut back) => {
                    reversed = back.next.take();
                    back.next = node.next.take();
                    node.next = Some(back);
                    cur = node.next.as_mut().unwrap().next.as_mut();
                }
                None => break,
            }
        }
    }
}
