<?php
class Solution {
    function reverseList($head) {
        $prev = null;
        while ($head !== null) {
            $next = $head->next;
            $head->next = $prev;
            $prev = $head;
            $head = $next;
        }
        return $prev;
    }
}
