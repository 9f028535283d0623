<?php
class Solution {
    /**
     * @param Integer[] $stones
     * @return Integer
     */
    function lastStoneWeight($stones) {
        // a max-heap of the weights: take the two heaviest, put back what is left of the heavier
        // one, until at most one stone remains
        $heap = new SplMaxHeap();
        foreach ($stones as $s) $heap->insert($s);
        while ($heap->count() > 1) {
            $y = $heap->extract();
            $x = $heap->extract();
            if ($y !== $x) $heap->insert($y - $x);
        }
        return $heap->isEmpty() ? 0 : $heap->top();
    }
}
