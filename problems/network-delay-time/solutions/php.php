<?php
class Solution {
    /**
     * @param Integer[][] $times
     * @param Integer $n
     * @param Integer $k
     * @return Integer
     */
    function networkDelayTime($times, $n, $k) {
        // Dijkstra from k with a binary heap (SplMinHeap) of int keys time * (n + 1) + node; an entry
        // is pushed only when it improves the node's best time, and stale entries are skipped.
        $adj = array_fill(0, $n + 1, []);
        foreach ($times as [$u, $v, $w]) {
            $adj[$u][] = $v;
            $adj[$u][] = $w;
        }
        $base = $n + 1;
        $best = array_fill(0, $base, PHP_INT_MAX);
        $done = array_fill(0, $base, false);
        $heap = new SplMinHeap();
        $best[$k] = 0;
        $heap->insert($k);
        $reached = 0;
        $last = 0;
        while (!$heap->isEmpty()) {
            $key = $heap->extract();
            $u = $key % $base;
            $d = intdiv($key, $base);
            if ($done[$u]) continue;
            $done[$u] = true;
            $reached++;
            $last = $d;
            $list = $adj[$u];
            for ($i = 0, $c = count($list); $i < $c; $i += 2) {
                $v = $list[$i];
                $nd = $d + $list[$i + 1];
                if ($nd < $best[$v]) {
                    $best[$v] = $nd;
                    $heap->insert($nd * $base + $v);
                }
            }
        }
        return $reached === $n ? $last : -1;
    }
}
