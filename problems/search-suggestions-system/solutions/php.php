<?php
class Solution {
    // Sort the names once: the names that start with a prefix then form one block of the sorted
    // list, and its first three names are the suggestions. The block of a longer prefix lies
    // inside the block of a shorter one, so its start (found by binary search) never moves left.

    /**
     * @param String[] $products
     * @param String $searchWord
     * @return String[][]
     */
    function suggestedProducts($products, $searchWord) {
        $names = $products;
        sort($names, SORT_STRING);
        $n = count($names);
        $result = [];
        $lo = 0;
        $len = strlen($searchWord);
        for ($i = 1; $i <= $len; $i++) {
            $prefix = substr($searchWord, 0, $i);
            $hi = $n;
            while ($lo < $hi) {
                $mid = ($lo + $hi) >> 1;
                if (strcmp($names[$mid], $prefix) < 0) {
                    $lo = $mid + 1;
                } else {
                    $hi = $mid;
                }
            }
            $row = [];
            for ($j = $lo; $j < $n && $j < $lo + 3; $j++) {
                if (strncmp($names[$j], $prefix, $i) !== 0) {
                    break;
                }
                $row[] = $names[$j];
            }
            $result[] = $row;
        }
        return $result;
    }
}
