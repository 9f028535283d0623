import java.util.*;

class Solution {
    public ListNode[] reverseEach(ListNode[] lists) {
        ListNode[] out = new ListNode[lists.length];
        for (int i = 0; i < lists.length; i++) {
            ListNode previous = null;
            ListNode node = lists[i];
            while (node != null) {
                ListNode next = node.next;
                node.next = previous;
                previous = node;
                node = next;
            }
            out[i] = previous;
        }
        return out;
    }
}
