<?php
class Solution {
    // ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing to
    // cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the
    // lengths that dictionary words have need to be tried.

    /**
     * @param String $s
     * @param String[] $wordDict
     * @return Boolean
     */
    function wordBreak($s, $wordDict) {
        $words = [];
        $lengths = [];
        foreach ($wordDict as $w) {
            $words[$w] = true;
            $lengths[strlen($w)] = true;
        }
        $lengths = array_keys($lengths);
        sort($lengths);
        $n = strlen($s);
        $ok = array_fill(0, $n + 1, false);
        $ok[0] = true;
        for ($i = 1; $i <= $n; $i++) {
            foreach ($lengths as $len) {
                if ($len > $i) {
                    break;
                }
                if ($ok[$i - $len] && isset($words[substr($s, $i - $len, $len)])) {
                    $ok[$i] = true;
                    break;
                }
            }
        }
        return $ok[$n];
    }
}
