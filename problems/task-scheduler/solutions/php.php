<?php
class Solution {
    /**
     * @param String[] $tasks
     * @param Integer $n
     * @return Integer
     */
    function leastInterval($tasks, $n) {
        // The most frequent task's m copies need (m - 1) gaps of n units between them:
        // (m - 1) * (n + 1) units plus one final slot per task that is also used m times. If the
        // other tasks overflow the gaps, no unit is idle and the answer is the number of tasks.
        $counts = array_count_values($tasks);
        $most = max($counts);
        $tied = 0;
        foreach ($counts as $c) {
            if ($c === $most) $tied++;
        }
        return max(count($tasks), ($most - 1) * ($n + 1) + $tied);
    }
}
