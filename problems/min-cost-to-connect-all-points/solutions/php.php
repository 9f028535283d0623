<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$rx = [];
$ry = [];
for ($i = 0; $i < $n; $i++) {
    $rx[] = (int)$data[1 + 2 * $i];
    $ry[] = (int)$data[2 + 2 * $i];
}
// Prim's algorithm on the complete graph, without a heap: $best[$i] is the cheapest cable from the
// network built so far to the i-th lamp still outside it ($rx, $ry, $best are kept side by side)
$ux = $rx[0];
$uy = $ry[0];
array_shift($rx);
array_shift($ry);
$best = [];
foreach ($rx as $i => $x) {
    $best[] = abs($ux - $x) + abs($uy - $ry[$i]);
}
$total = 0;
$m = $n - 1;
while ($m > 0) {
    $i = 0;
    for ($j = 1; $j < $m; $j++) {
        if ($best[$j] < $best[$i]) $i = $j;
    }
    $total += $best[$i];
    $ux = $rx[$i];
    $uy = $ry[$i];
    // drop lamp $i: move the last one into its place
    $m--;
    $rx[$i] = $rx[$m];
    $ry[$i] = $ry[$m];
    $best[$i] = $best[$m];
    unset($rx[$m], $ry[$m], $best[$m]);
    for ($j = 0; $j < $m; $j++) {
        $d = abs($ux - $rx[$j]) + abs($uy - $ry[$j]);
        if ($d < $best[$j]) $best[$j] = $d;
    }
}
echo $total, "\n";
