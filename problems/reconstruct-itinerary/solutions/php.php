<?php
class Solution {
    /**
     * @param String[][] $tickets
     * @return String[]
     */
    function findItinerary($tickets) {
        // Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so array_pop
        // gives the smallest unused ticket. Follow tickets until stuck; the airport where we get
        // stuck comes last among those still to place, so it goes to the route, built back to front.
        $out = [];
        foreach ($tickets as [$a, $b]) {
            $out[$a][] = $b;
        }
        foreach ($out as $a => $dests) {
            rsort($out[$a], SORT_STRING);
        }
        $route = [];
        $stack = ["SFO"];
        while ($stack) {
            $top = end($stack);
            if (!empty($out[$top])) {
                $stack[] = array_pop($out[$top]);
            } else {
                $route[] = array_pop($stack);
            }
        }
        return array_reverse($route);
    }
}
