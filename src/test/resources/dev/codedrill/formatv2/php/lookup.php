<?php

class Solution {
    /**
     * @param array<Integer, String> $names
     * @param array<String, Integer[]> $scores
     * @param Integer $id
     * @return Integer
     */
    function lookup($names, $scores, $id) {
        if (!array_key_exists($id, $names)) {
            return -1;
        }
        return array_sum($scores[$names[$id]]);
    }
}
