<?php
class Solution {
    /**
     * @param Integer[] $temperatures
     * @return Integer[]
     */
    function dailyTemperatures($temperatures) {
        $n = count($temperatures);
        $answer = array_fill(0, $n, 0);
        $stack = [];
        $top = 0;
        for ($i = 0; $i < $n; $i++) {
            $t = $temperatures[$i];
            while ($top > 0 && $temperatures[$stack[$top - 1]] < $t) {
                $j = $stack[--$top];
                $answer[$j] = $i - $j;
            }
            $stack[$top++] = $i;
        }
        return $answer;
    }
}
