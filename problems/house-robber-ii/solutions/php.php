<?php
// house robber on the houses lo .. hi-1 standing in a row
function bestInRow($a, $lo, $hi) {
    $take = 0; // best total with the current house
    $skip = 0; // best total without it
    for ($i = $lo; $i < $hi; $i++) {
        $t = $skip + $a[$i];
        if ($take > $skip) $skip = $take;
        $take = $t;
    }
    return max($take, $skip);
}

$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$a = array_map('intval', array_slice($data, 1, $n));
// the first and the last house are neighbours: leave out one of them
$answer = $n === 1 ? $a[0] : max(bestInRow($a, 0, $n - 1), bestInRow($a, 1, $n));
echo $answer, "\n";
