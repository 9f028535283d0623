<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
// a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before the
// end; otherwise mid or something left of it is a peak. O(log n) comparisons.
$lo = 0;
$hi = $n - 1;
while ($lo < $hi) {
    $mid = ($lo + $hi) >> 1;
    if ((int)$data[1 + $mid] < (int)$data[2 + $mid]) {
        $lo = $mid + 1;
    } else {
        $hi = $mid;
    }
}
echo $lo, "\n";
