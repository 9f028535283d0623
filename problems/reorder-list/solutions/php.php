<?php
class Solution {
    /**
     * @param ListNode $head
     * @return void
     */
    function reorderList(&$head) {
        // find the middle with a slow and a fast pointer, reverse the second half,
        // then merge the two halves one node at a time (O(n) time, O(1) memory)
        if ($head === null || $head->next === null) {
            return;
        }
        $slow = $head;
        $fast = $head;
        while ($fast->next !== null && $fast->next->next !== null) {
            $slow = $slow->next;
            $fast = $fast->next->next;
        }
        $second = $slow->next;
        $slow->next = null;
        $prev = null;
        while ($second !== null) {
            $next = $second->next;
            $second->next = $prev;
            $prev = $second;
            $second = $next;
        }
        $first = $head;
        $second = $prev;
        while ($second !== null) {
            $n1 = $first->next;
            $n2 = $second->next;
            $first->next = $second;
            $second->next = $n1;
            $first = $n1;
            $second = $n2;
        }
    }
}
