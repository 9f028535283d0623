<?php
class Solution {
    /**
     * @param String $beginWord
     * @param String $endWord
     * @param String[] $wordList
     * @return Integer
     */
    function ladderLength($beginWord, $endWord, $wordList) {
        // Breadth-first search over words. Words one letter apart share a pattern with that letter
        // replaced by '*'; each pattern's bucket of words is used once, then removed.
        $words = array_flip($wordList);
        if (!isset($words[$endWord])) return 0;
        $length = strlen($beginWord);
        $buckets = [];
        foreach ($words as $w => $unused) {
            $w = (string)$w;
            for ($i = 0; $i < $length; $i++) {
                $p = $w;
                $p[$i] = '*';
                $buckets[$p][] = $w;
            }
        }
        $seen = [$beginWord => true];
        $frontier = [$beginWord];
        $steps = 1;
        while ($frontier) {
            $steps++;
            $next = [];
            foreach ($frontier as $w) {
                for ($i = 0; $i < $length; $i++) {
                    $p = $w;
                    $p[$i] = '*';
                    if (!isset($buckets[$p])) continue;
                    $bucket = $buckets[$p];
                    unset($buckets[$p]);
                    foreach ($bucket as $v) {
                        if (isset($seen[$v])) continue;
                        if ($v === $endWord) return $steps;
                        $seen[$v] = true;
                        $next[] = $v;
                    }
                }
            }
            $frontier = $next;
        }
        return 0;
    }
}
