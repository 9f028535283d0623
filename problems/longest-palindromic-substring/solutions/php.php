<?php
// Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
// length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the letters
// on both sides match, and keep the longest. A later centre replaces the best only when it is
// strictly longer, so ties keep the leftmost palindrome.
$s = trim(stream_get_contents(STDIN));
$n = strlen($s);
$bestStart = 0;
$bestLen = 1;
for ($centre = 0; $centre < 2 * $n - 1; $centre++) {
    $lo = $centre >> 1;
    $hi = $lo + ($centre & 1);
    while ($lo >= 0 && $hi < $n && $s[$lo] === $s[$hi]) {
        $lo--;
        $hi++;
    }
    if ($hi - $lo - 1 > $bestLen) {
        $bestStart = $lo + 1;
        $bestLen = $hi - $lo - 1;
    }
}
echo substr($s, $bestStart, $bestLen), "\n";
