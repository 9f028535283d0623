<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$starts = [];
$ends = [];
for ($i = 0; $i < $n; $i++) {
    $starts[] = (int)$data[1 + 2 * $i];
    $ends[] = (int)$data[2 + 2 * $i];
}
sort($starts);
sort($ends);
$rooms = 0;
$best = 0;
$j = 0;
for ($i = 0; $i < $n; $i++) {
    while ($ends[$j] <= $starts[$i]) {
        $j++;
        $rooms--;
    }
    $rooms++;
    if ($rooms > $best) $best = $rooms;
}
echo $best, "\n";
