<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$present = [];
for ($i = 1; $i <= $n; $i++) {
    $present[(int)$data[$i]] = true;
}
// count up only from the first number of each run (x - 1 missing): every number is visited at most
// twice, O(n) in all
$best = 0;
foreach ($present as $x => $_) {
    if (!isset($present[$x - 1])) {
        $y = $x + 1;
        while (isset($present[$y])) {
            $y++;
        }
        if ($y - $x > $best) {
            $best = $y - $x;
        }
    }
}
echo $best, "\n";
