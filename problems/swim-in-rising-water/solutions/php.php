<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$cells = $n * $n;
// the water rises plot by plot: $at[v] is the plot of height v
$at = array_fill(0, $cells, 0);
for ($i = 0; $i < $cells; $i++) {
    $at[(int)$data[1 + $i]] = $i;
}
$parent = array_fill(0, $cells, -1); // -1: not under water yet

function find(array &$parent, int $x): int {
    while ($parent[$x] !== $x) {
        $parent[$x] = $parent[$parent[$x]];
        $x = $parent[$x];
    }
    return $x;
}

$answer = 0;
$last = $cells - 1;
for ($v = 0; $v < $cells; $v++) {
    $cell = $at[$v];
    $parent[$cell] = $cell;
    $r = intdiv($cell, $n);
    $c = $cell % $n;
    $near = [];
    if ($r > 0) $near[] = $cell - $n;
    if ($r < $n - 1) $near[] = $cell + $n;
    if ($c > 0) $near[] = $cell - 1;
    if ($c < $n - 1) $near[] = $cell + 1;
    foreach ($near as $m) {
        if ($parent[$m] !== -1) {
            $a = find($parent, $cell);
            $b = find($parent, $m);
            if ($a !== $b) $parent[$a] = $b;
        }
    }
    // both corners under water and in one group: the swimmer can cross
    if ($parent[0] !== -1 && $parent[$last] !== -1 && find($parent, 0) === find($parent, $last)) {
        $answer = $v;
        break;
    }
}
echo $answer, "\n";
