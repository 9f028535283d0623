<?php
class Solution {
    /**
     * @param Integer[] $nums1
     * @param Integer[] $nums2
     * @return Float
     */
    function findMedianSortedArrays($nums1, $nums2) {
        // binary search on how many elements the lower half takes from the shorter array
        if (count($nums1) > count($nums2)) return $this->findMedianSortedArrays($nums2, $nums1);
        $a = $nums1;
        $b = $nums2;
        $m = count($a);
        $n = count($b);
        $half = intdiv($m + $n + 1, 2);
        $lo = 0;
        $hi = $m;
        while (true) {
            $i = intdiv($lo + $hi, 2); // taken from a
            $j = $half - $i; // taken from b, 0 <= j <= n because m <= n
            $aLeft = $i > 0 ? $a[$i - 1] : PHP_INT_MIN;
            $aRight = $i < $m ? $a[$i] : PHP_INT_MAX;
            $bLeft = $j > 0 ? $b[$j - 1] : PHP_INT_MIN;
            $bRight = $j < $n ? $b[$j] : PHP_INT_MAX;
            if ($aLeft > $bRight) $hi = $i - 1; // took too many from a
            elseif ($bLeft > $aRight) $lo = $i + 1; // took too few from a
            else {
                $left = max($aLeft, $bLeft);
                if (($m + $n) % 2 == 1) return (float)$left;
                return ($left + min($aRight, $bRight)) / 2.0;
            }
        }
    }
}
