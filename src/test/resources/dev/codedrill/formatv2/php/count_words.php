<?php

class Solution {
    /**
     * @param String[] $words
     * @return array<String, Integer>
     */
    function countWords($words) {
        $counts = [];
        foreach ($words as $word) {
            $counts[$word] = ($counts[$word] ?? 0) + 1;
        }
        return $counts;
    }
}
