<?php
class Solution {
    /**
     * @param Integer[] $hand
     * @param Integer $groupSize
     * @return Boolean
     */
    function isNStraightHand($hand, $groupSize) {
        // The smallest card left must start a group: take the values in increasing order; a value
        // with c cards left starts c groups, which take c cards of each of the next groupSize - 1
        // values. O(n log n) for the sort.
        if (count($hand) % $groupSize != 0) return false;
        $count = array_count_values($hand);
        ksort($count);
        foreach ($count as $v => $unused) {
            $c = $count[$v];
            if ($c == 0) continue;
            for ($w = $v; $w < $v + $groupSize; $w++) {
                $have = $count[$w] ?? 0;
                if ($have < $c) return false;
                $count[$w] = $have - $c;
            }
        }
        return true;
    }
}
