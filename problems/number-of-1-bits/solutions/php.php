<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$q = (int) $data[0];
$out = [];
for ($i = 1; $i <= $q; $i++) {
    $x = (int) $data[$i]; // PHP integers are 64-bit: 2^32 - 1 fits
    $count = 0;
    while ($x != 0) {
        $x &= $x - 1; // clears the lowest 1 bit
        $count++;
    }
    $out[] = $count;
}
echo implode("\n", $out), "\n";
