<?php
class Solution {
    // Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
    // - If right is a palindrome and some other word is left reversed, then w + that word is a
    //   palindrome: pair [i, k].
    // - If left is a palindrome and some other word is right reversed, then that word + w is a
    //   palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair
    //   (k + w with k the whole of w reversed) is already found from k's side.

    /**
     * @param String[] $words
     * @return Integer[][]
     */
    function palindromePairs($words) {
        $index = [];
        foreach ($words as $i => $w) {
            $index[$w] = $i;
        }
        $pairs = [];
        foreach ($words as $i => $w) {
            $n = strlen($w);
            $rw = strrev($w);
            for ($j = 0; $j <= $n; $j++) {
                // left = w[0..j), reversed: rw[n-j..n); right = w[j..n), reversed: rw[0..n-j)
                $key = substr($rw, $n - $j);
                if (isset($index[$key]) && $index[$key] !== $i) {
                    $right = substr($w, $j);
                    if ($right === strrev($right)) {
                        $pairs[] = [$i, $index[$key]];
                    }
                }
                if ($j > 0) {
                    $key = substr($rw, 0, $n - $j);
                    if (isset($index[$key]) && $index[$key] !== $i) {
                        $left = substr($w, 0, $j);
                        if ($left === strrev($left)) {
                            $pairs[] = [$index[$key], $i];
                        }
                    }
                }
            }
        }
        return $pairs;
    }
}
