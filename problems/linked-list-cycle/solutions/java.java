class Solution {
    public boolean hasCycle(ListNode head) {
        // one pointer moves one node per step, the other two; they meet exactly when the list loops
        ListNode slow = head;
        ListNode fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                return true;
            }
        }
        return false;
    }
}
