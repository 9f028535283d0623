<?php
class Solution {
    function coinChange($coins, $amount) {
        // dp[a] = fewest coins that make a (amount + 1 means impossible)
        $inf = $amount + 1;
        $dp = array_fill(0, $amount + 1, $inf);
        $dp[0] = 0;
        foreach (array_unique($coins) as $c) {
            if ($c > $amount) {
                continue;
            }
            for ($a = $c; $a <= $amount; $a++) {
                $v = $dp[$a - $c] + 1;
                if ($v < $dp[$a]) {
                    $dp[$a] = $v;
                }
            }
        }
        return $dp[$amount] == $inf ? -1 : $dp[$amount];
    }
}
