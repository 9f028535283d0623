<?php
class Solution {
    function longestCommonSubsequence($text1, $text2) {
        // $prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
        $n = strlen($text1);
        $m = strlen($text2);
        $prev = array_fill(0, $m + 1, 0);
        for ($i = 0; $i < $n; $i++) {
            $a = $text1[$i];
            $cur = [0];
            $left = 0;
            for ($j = 0; $j < $m; $j++) {
                if ($text2[$j] === $a) {
                    $left = $prev[$j] + 1;
                } elseif ($prev[$j + 1] > $left) {
                    $left = $prev[$j + 1];
                }
                $cur[] = $left;
            }
            $prev = $cur;
        }
        return $prev[$m];
    }
}
