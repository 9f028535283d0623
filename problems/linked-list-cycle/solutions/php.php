<?php
class Solution {
    function hasCycle($head) {
        // one pointer moves one node per step, the other two; they meet exactly when the list loops
        $slow = $head;
        $fast = $head;
        while ($fast !== null && $fast->next !== null) {
            $slow = $slow->next;
            $fast = $fast->next->next;
            if ($slow === $fast) {
                return true;
            }
        }
        return false;
    }
}
