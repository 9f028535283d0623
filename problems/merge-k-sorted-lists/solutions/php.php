<?php
class Solution {
    function mergeKLists($lists) {
        // merge the lists in pairs, round after round: about log2(k) rounds, each touching every node once
        $round = array_values($lists);
        if (count($round) === 0) {
            return null;
        }
        while (count($round) > 1) {
            $next = [];
            $n = count($round);
            for ($i = 0; $i < $n; $i += 2) {
                $next[] = $i + 1 < $n ? $this->mergeTwo($round[$i], $round[$i + 1]) : $round[$i];
            }
            $round = $next;
        }
        return $round[0];
    }

    private function mergeTwo($a, $b) {
        $dummy = new ListNode();
        $tail = $dummy;
        while ($a !== null && $b !== null) {
            if ($a->val <= $b->val) {
                $tail->next = $a;
                $a = $a->next;
            } else {
                $tail->next = $b;
                $b = $b->next;
            }
            $tail = $tail->next;
        }
        $tail->next = $a !== null ? $a : $b;
        return $dummy->next;
    }
}
