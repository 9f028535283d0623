<?php
class Solution {
    /**
     * @param String $word1
     * @param String $word2
     * @return Integer
     */
    function minDistance($word1, $word2) {
        $n = strlen($word1);
        $m = strlen($word2);
        // $prev[j] = distance between the first i-1 characters of word1 and the first j of word2
        $prev = range(0, $m);
        for ($i = 1; $i <= $n; $i++) {
            $cur = [$i];
            $c1 = $word1[$i - 1];
            for ($j = 1; $j <= $m; $j++) {
                if ($c1 === $word2[$j - 1]) {
                    $cur[$j] = $prev[$j - 1];
                } else {
                    $best = $prev[$j - 1];
                    if ($prev[$j] < $best) $best = $prev[$j];
                    if ($cur[$j - 1] < $best) $best = $cur[$j - 1];
                    $cur[$j] = $best + 1;
                }
            }
            $prev = $cur;
        }
        return $prev[$m];
    }
}
