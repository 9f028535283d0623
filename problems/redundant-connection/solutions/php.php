<?php
class Solution {
    /**
     * @param Integer[][] $edges
     * @return Integer[]
     */
    function findRedundantConnection($edges) {
        // Union-find in input order: the first edge whose ends are already connected closes the
        // only cycle, and it is the cycle's last edge in the input.
        $n = count($edges);
        $parent = range(0, $n);
        foreach ($edges as $edge) {
            $a = $edge[0];
            $b = $edge[1];
            while ($parent[$a] !== $a) {
                $parent[$a] = $parent[$parent[$a]];
                $a = $parent[$a];
            }
            while ($parent[$b] !== $b) {
                $parent[$b] = $parent[$parent[$b]];
                $b = $parent[$b];
            }
            if ($a === $b) return $edge;
            $parent[$a] = $b;
        }
        return [];
    }
}
