<?php
class Solution {
    private $values;
    private $result;
    private $current;

    /**
     * @param Integer[] $candidates
     * @param Integer $target
     * @return Integer[][]
     */
    function combinationSum($candidates, $target) {
        // backtracking over the sorted candidates: a combination takes its values in ascending
        // order (the next value is never smaller than the last), and the loop stops at the first
        // candidate larger than what is left of the target
        sort($candidates);
        $this->values = $candidates;
        $this->result = [];
        $this->current = [];
        $this->extend(0, $target);
        return $this->result;
    }

    private function extend($start, $left) {
        if ($left == 0) {
            $this->result[] = $this->current;
            return;
        }
        $n = count($this->values);
        for ($i = $start; $i < $n && $this->values[$i] <= $left; $i++) {
            $this->current[] = $this->values[$i];
            $this->extend($i, $left - $this->values[$i]);
            array_pop($this->current);
        }
    }
}
