class Solution {
    public ListNode reverseKGroup(ListNode head, int k) {
        // before: the node just in front of the current group (a dummy node for the first group)
        ListNode dummy = new ListNode(0, head);
        ListNode before = dummy;
        while (true) {
            // is there a full group of k nodes after `before`?
            ListNode probe = before;
            for (int i = 0; i < k; i++) {
                probe = probe.next;
                if (probe == null) return dummy.next;
            }
            ListNode after = probe.next;   // the first node after the group
            ListNode first = before.next;  // becomes the group's last node
            ListNode prev = after, node = first;
            while (node != after) {        // reverse the group, its end linked to `after`
                ListNode next = node.next;
                node.next = prev;
                prev = node;
                node = next;
            }
            before.next = prev;
            before = first;
        }
    }
}
