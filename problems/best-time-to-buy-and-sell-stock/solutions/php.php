<?php
class Solution {
    function maxProfit($prices) {
        $best = 0;
        $low = $prices[0];
        foreach ($prices as $p) {
            if ($p < $low) {
                $low = $p;
            } elseif ($p - $low > $best) {
                $best = $p - $low;
            }
        }
        return $best;
    }
}
