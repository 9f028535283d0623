<?php
class Solution {
    /**
     * @param ListNode $head
     * @param Integer $k
     * @return ListNode
     */
    function reverseKGroup($head, $k) {
        // before: the node just in front of the current group (a dummy node for the first group)
        $dummy = new ListNode(0, $head);
        $before = $dummy;
        while (true) {
            // is there a full group of k nodes after $before?
            $probe = $before;
            for ($i = 0; $i < $k; $i++) {
                $probe = $probe->next;
                if ($probe === null) {
                    return $dummy->next;
                }
            }
            $after = $probe->next;    // the first node after the group
            $first = $before->next;   // becomes the group's last node
            $prev = $after;
            $node = $first;
            while ($node !== $after) { // reverse the group, its end linked to $after
                $next = $node->next;
                $node->next = $prev;
                $prev = $node;
                $node = $next;
            }
            $before->next = $prev;
            $before = $first;
        }
    }
}
