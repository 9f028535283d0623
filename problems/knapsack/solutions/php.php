<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$cap = (int)$data[1];
// $dp[j] = best value with total weight at most j (PHP integers are 64-bit)
$dp = array_fill(0, $cap + 1, 0);
for ($i = 0; $i < $n; $i++) {
    $w = (int)$data[2 + 2 * $i];
    $v = (int)$data[3 + 2 * $i];
    // iterate j downwards so that each item is used at most once
    for ($j = $cap; $j >= $w; $j--) {
        $cand = $dp[$j - $w] + $v;
        if ($cand > $dp[$j]) $dp[$j] = $cand;
    }
}
echo $dp[$cap], "\n";
