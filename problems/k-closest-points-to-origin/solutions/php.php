<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$k = (int)$data[1];
$d = [];
$xs = [];
$ys = [];
for ($i = 0; $i < $n; $i++) {
    $x = (int)$data[2 + 2 * $i];
    $y = (int)$data[3 + 2 * $i];
    $xs[] = $x;
    $ys[] = $y;
    $d[] = $x * $x + $y * $y; // up to 2 * 10^18: PHP's integers are 64-bit
}
// sort by squared distance, then x, then y; SORT_REGULAR compares the integers exactly (SORT_NUMERIC
// would compare them as doubles, which cannot tell apart distances a little apart near 10^18)
array_multisort($d, SORT_REGULAR, $xs, SORT_REGULAR, $ys, SORT_REGULAR);
$out = [];
for ($i = 0; $i < $k; $i++) {
    $out[] = $xs[$i] . ' ' . $ys[$i];
}
echo implode("\n", $out), "\n";
