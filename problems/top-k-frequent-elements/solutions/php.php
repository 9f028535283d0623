<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @param Integer $k
     * @return Integer[]
     */
    function topKFrequent($nums, $k) {
        $counts = array_count_values($nums);
        // min-heap on frequency holding the k most frequent values seen so far
        $heap = new SplPriorityQueue();
        $heap->setExtractFlags(SplPriorityQueue::EXTR_DATA);
        foreach ($counts as $value => $count) {
            $heap->insert($value, -$count);  // SplPriorityQueue is a max-heap: negate
            if ($heap->count() > $k) $heap->extract();
        }
        $result = [];
        while (!$heap->isEmpty()) $result[] = (int)$heap->extract();
        return $result;
    }
}
