<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$t = (int)$data[0];
$out = [];
for ($i = 0; $i < $t; $i++) {
    $a = (int)$data[1 + 2 * $i];
    $b = (int)$data[2 + 2 * $i];
    $x = $a;
    $y = $b;
    while ($y !== 0) {  // Euclid's algorithm
        $r = $x % $y;
        $x = $y;
        $y = $r;
    }
    $out[] = $x . ' ' . (intdiv($a, $x) * $b);  // PHP integers are 64-bit
}
echo implode("\n", $out), "\n";
