<?php
class Solution {
    private $result;
    private $current;
    private $used;

    /**
     * @param Integer[] $nums
     * @return Integer[][]
     */
    function permute($nums) {
        // backtracking: fill the positions one by one with a value not used yet. O(n * n!)
        $this->result = [];
        $this->current = [];
        $this->used = array_fill(0, count($nums), false);
        $this->place($nums);
        return $this->result;
    }

    private function place($nums) {
        $n = count($nums);
        if (count($this->current) == $n) {
            $this->result[] = $this->current;
            return;
        }
        for ($i = 0; $i < $n; $i++) {
            if (!$this->used[$i]) {
                $this->used[$i] = true;
                $this->current[] = $nums[$i];
                $this->place($nums);
                array_pop($this->current);
                $this->used[$i] = false;
            }
        }
    }
}
