<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
// the window ends with a block of equal types: remember the last two types seen, the length of the
// block of the last one, and the length of the window ending here
$last = -1;
$second = -1;
$lastRun = 0;
$current = 0;
$best = 0;
for ($i = 1; $i <= $n; $i++) {
    $x = (int)$data[$i];
    if ($x === $last) {
        $current++;
        $lastRun++;
    } else {
        $current = $x === $second ? $current + 1 : $lastRun + 1;
        $second = $last;
        $last = $x;
        $lastRun = 1;
    }
    if ($current > $best) {
        $best = $current;
    }
}
echo $best, "\n";
