<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$m = (int)$data[1];
$unlocks = array_fill(0, $n, []);  // $unlocks[$b]: the courses that need $b
$missing = array_fill(0, $n, 0);   // prerequisites of a course not taken yet
for ($i = 0, $p = 2; $i < $m; $i++, $p += 2) {
    $a = (int)$data[$p];
    $unlocks[(int)$data[$p + 1]][] = $a;
    $missing[$a]++;
}
unset($data);
// take courses whose prerequisites are all taken; taking one may free others
$order = [];
for ($c = 0; $c < $n; $c++) {
    if ($missing[$c] === 0) $order[] = $c;
}
for ($head = 0; $head < count($order); $head++) {
    foreach ($unlocks[$order[$head]] as $v) {
        if (--$missing[$v] === 0) $order[] = $v;
    }
}
echo count($order) < $n ? "IMPOSSIBLE" : implode(' ', $order), "\n";
