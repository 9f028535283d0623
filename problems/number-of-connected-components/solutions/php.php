<?php
// union-find with path halving and union by size; each successful union removes one component
$data = array_map('intval', preg_split('/\s+/', trim(stream_get_contents(STDIN))));
$n = $data[0];
$m = $data[1];
$parent = range(0, $n - 1);
$size = array_fill(0, $n, 1);
$components = $n;
for ($i = 0, $k = 2; $i < $m; $i++, $k += 2) {
    $a = $data[$k];
    $b = $data[$k + 1];
    while ($parent[$a] !== $a) {
        $parent[$a] = $parent[$parent[$a]];
        $a = $parent[$a];
    }
    while ($parent[$b] !== $b) {
        $parent[$b] = $parent[$parent[$b]];
        $b = $parent[$b];
    }
    if ($a !== $b) {
        if ($size[$a] < $size[$b]) {
            [$a, $b] = [$b, $a];
        }
        $parent[$b] = $a;
        $size[$a] += $size[$b];
        $components--;
    }
}
echo $components, "\n";
