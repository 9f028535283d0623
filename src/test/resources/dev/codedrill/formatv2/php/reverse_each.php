<?php

class Solution {
    /**
     * @param ListNode[] $lists
     * @return ListNode[]
     */
    function reverseEach($lists) {
        $out = [];
        foreach ($lists as $head) {
            $previous = null;
            while ($head !== null) {
                $next = $head->next;
                $head->next = $previous;
                $previous = $head;
                $head = $next;
            }
            $out[] = $previous;
        }
        return $out;
    }
}
