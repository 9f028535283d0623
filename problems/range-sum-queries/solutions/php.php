<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$q = (int)$data[1];
// $prefix[i] = a_1 + ... + a_i (PHP integers are 64-bit)
$prefix = [0];
$running = 0;
for ($i = 0; $i < $n; $i++) {
    $running += (int)$data[2 + $i];
    $prefix[] = $running;
}
$out = [];
$pos = 2 + $n;
for ($i = 0; $i < $q; $i++) {
    $out[] = $prefix[(int)$data[$pos + 1]] - $prefix[(int)$data[$pos] - 1];
    $pos += 2;
}
echo implode("\n", $out), "\n";
