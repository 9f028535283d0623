<?php
$n = (int) trim(stream_get_contents(STDIN));

function countPrimes($n) {
    if ($n < 2) {
        return 0;
    }
    // sieve over odd numbers only, stored in a byte string: offset i stands for 2*i + 1
    $size = intdiv($n + 1, 2);
    $sieve = str_repeat("\1", $size);
    $sieve[0] = "\0"; // 1 is not prime
    for ($i = 1; (2 * $i + 1) * (2 * $i + 1) <= $n; $i++) {
        if ($sieve[$i] === "\1") {
            $p = 2 * $i + 1;
            for ($j = intdiv($p * $p, 2); $j < $size; $j += $p) {
                $sieve[$j] = "\0";
            }
        }
    }
    return substr_count($sieve, "\1") + 1; // + 1 for the prime 2
}

echo countPrimes($n), "\n";
