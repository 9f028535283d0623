<?php
class Solution {
    // Build the answer bit by bit from the top. With the higher bits of the answer fixed as
    // $best, try to set the next bit too: that works if two numbers' prefixes (their bits from
    // the top down to this one) XOR to $best * 2 + 1, i.e. if for some prefix $p the prefix
    // $p ^ ($best * 2 + 1) is present as well. The prefixes are kept as the keys of an array.

    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function findMaximumXOR($nums) {
        $best = 0;
        for ($shift = 30; $shift >= 0; $shift--) {
            $prefixes = [];
            foreach ($nums as $x) {
                $prefixes[$x >> $shift] = true;
            }
            $want = $best * 2 + 1;
            $found = false;
            foreach ($prefixes as $p => $unused) {
                if (isset($prefixes[$p ^ $want])) {
                    $found = true;
                    break;
                }
            }
            $best = $found ? $want : $want - 1;
        }
        return $best;
    }
}
