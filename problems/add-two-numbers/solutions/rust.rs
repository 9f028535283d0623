impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (l1, l2);
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head; // the empty link where the next digit goes
        let mut carry = 0;
        while a.is_some() || b.is_some() || carry > 0 {
            let mut total = carry;
            if let Some(node) = a {
                total += node.val;
                a = node.next;
            }
            if let Some(node) = b {
                total += node.val;
                b = node.next;
            }
            carry = total / 10;
            tail = &mut tail.insert(Box::new(ListNode::new(total % 10))).next;
        }
        head
    }
}
