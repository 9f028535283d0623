<?php
class Solution {
    function findKthLargest($nums, $k) {
        // min-heap holding the k largest values seen so far; its top is the answer
        $heap = new SplMinHeap();
        foreach ($nums as $x) {
            if ($heap->count() < $k) {
                $heap->insert($x);
            } elseif ($x > $heap->top()) {
                $heap->extract();
                $heap->insert($x);
            }
        }
        return $heap->top();
    }
}
