<?php
class Solution {
    function isMatch($s, $p) {
        $n = strlen($s);
        // the pattern as tokens: $chars[t] with $starred[t]
        $chars = [];
        $starred = [];
        $m = strlen($p);
        for ($k = 0; $k < $m; $k++) {
            if ($p[$k] === '*') {
                $starred[count($starred) - 1] = true;
            } else {
                $chars[] = $p[$k];
                $starred[] = false;
            }
        }
        // $cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
        $cur = array_fill(0, $n + 1, false);
        $cur[$n] = true;
        for ($t = count($chars) - 1; $t >= 0; $t--) {
            $c = $chars[$t];
            $next = array_fill(0, $n + 1, false);
            if ($starred[$t]) {
                $next[$n] = $cur[$n];
                for ($i = $n - 1; $i >= 0; $i--) {
                    // use the starred token zero times, or once more
                    $next[$i] = $cur[$i] || (($c === '.' || $s[$i] === $c) && $next[$i + 1]);
                }
            } else {
                for ($i = 0; $i < $n; $i++) {
                    $next[$i] = ($c === '.' || $s[$i] === $c) && $cur[$i + 1];
                }
            }
            $cur = $next;
        }
        return $cur[0];
    }
}
