<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$start = [];
$end = [];
for ($i = 0; $i < $n; $i++) {
    $start[] = (int)$data[1 + 2 * $i];
    $end[] = (int)$data[2 + 2 * $i];
}
// sort the indices by end (asort keeps the keys)
asort($end);
// by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
// every balloon that starts at or before it
$arrows = 0;
$last = 0;
foreach ($end as $i => $e) {
    if ($arrows === 0 || $start[$i] > $last) {
        $arrows++;
        $last = $e;
    }
}
echo $arrows, "\n";
