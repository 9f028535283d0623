<?php

class Solution {
    /**
     * @param String $s
     * @param String[] $skip
     * @return String|null
     */
    function firstTwice($s, $skip) {
        $seen = [];
        for ($i = 0; $i < strlen($s); $i++) {
            $c = $s[$i];
            if (in_array($c, $skip, true)) {
                continue;
            }
            if (isset($seen[$c])) {
                return $c;
            }
            $seen[$c] = true;
        }
        return null;
    }
}
