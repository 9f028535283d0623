<?php
class Solution {
    function checkInclusion($s1, $s2) {
        $m = strlen($s1);
        $n = strlen($s2);
        if ($m > $n) return false;
        // diff[c] = (count of c in s1) - (count of c in the window of s2); $off letters have diff != 0
        $diff = array_fill(0, 26, 0);
        for ($i = 0; $i < $m; $i++) {
            $diff[ord($s1[$i]) - 97]++;
            $diff[ord($s2[$i]) - 97]--;
        }
        $off = 0;
        foreach ($diff as $d) if ($d !== 0) $off++;
        if ($off === 0) return true;
        for ($i = $m; $i < $n; $i++) {
            $a = ord($s2[$i]) - 97; // enters the window
            if ($diff[$a] === 0) $off++;
            $diff[$a]--;
            if ($diff[$a] === 0) $off--;
            $b = ord($s2[$i - $m]) - 97; // leaves the window
            if ($diff[$b] === 0) $off++;
            $diff[$b]++;
            if ($diff[$b] === 0) $off--;
            if ($off === 0) return true;
        }
        return false;
    }
}
