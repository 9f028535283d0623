<?php
class Solution {
    /**
     * @param Integer $n
     * @param Integer[][] $flights
     * @param Integer $src
     * @param Integer $dst
     * @param Integer $k
     * @return Integer
     */
    function findCheapestPrice($n, $flights, $src, $dst, $k) {
        // Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v
        // with at most r flights. Each round reads the previous round's prices (a copy), so it adds
        // at most one flight to any trip.
        $inf = PHP_INT_MAX;
        $best = array_fill(0, $n, $inf);
        $best[$src] = 0;
        for ($round = 0; $round <= $k; $round++) {
            $cur = $best;
            $changed = false;
            foreach ($flights as [$u, $v, $p]) {
                if ($best[$u] !== $inf && $best[$u] + $p < $cur[$v]) {
                    $cur[$v] = $best[$u] + $p;
                    $changed = true;
                }
            }
            $best = $cur;
            if (!$changed) break;
        }
        return $best[$dst] === $inf ? -1 : $best[$dst];
    }
}
