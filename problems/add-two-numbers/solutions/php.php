<?php
class Solution {
    /**
     * @param ListNode $l1
     * @param ListNode $l2
     * @return ListNode
     */
    function addTwoNumbers($l1, $l2) {
        $dummy = new ListNode(0);
        $tail = $dummy;
        $carry = 0;
        while ($l1 !== null || $l2 !== null || $carry > 0) {
            $total = $carry;
            if ($l1 !== null) { $total += $l1->val; $l1 = $l1->next; }
            if ($l2 !== null) { $total += $l2->val; $l2 = $l2->next; }
            $carry = intdiv($total, 10);
            $tail->next = new ListNode($total % 10);
            $tail = $tail->next;
        }
        return $dummy->next;
    }
}
