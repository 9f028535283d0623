impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (list1, list2);
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head; // the empty link at the end of the merged list
        // iterative: the lists can be 100000 nodes long
        loop {
            match (a, b) {
                (Some(mut x), Some(mut y)) => {
                    // detach the smaller head (the first list wins ties) and append it
                    if x.val <= y.val {
                        a = x.next.take();
                        b = Some(y);
                        tail = &mut tail.insert(x).next;
                    } else {
                        b = y.next.take();
                        a = Some(x);
                        tail = &mut tail.insert(y).next;
                    }
                }
                (rest_a, rest_b) => {
                    // at most one list is left: link it in whole
                    *tail = rest_a.or(rest_b);
                    break;
                }
            }
        }
        head
    }
}
