<?php
class Solution {
    function rob($nums) {
        // $take = best total whose last chosen house is the current one; $skip = best total without it
        $take = 0;
        $skip = 0;
        foreach ($nums as $x) {
            $t = $skip + $x;
            $skip = max($take, $skip);
            $take = $t;
        }
        return max($take, $skip);
    }
}
