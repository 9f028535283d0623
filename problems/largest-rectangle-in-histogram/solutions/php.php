<?php
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$h = [];
for ($i = 0; $i < $n; $i++) $h[] = (int)$data[$i + 1];
$h[] = 0; // a final bar of height 0 empties the stack
// stack of indices with increasing heights (PHP integers are 64-bit)
$stack = [];
$top = 0;
$best = 0;
for ($i = 0; $i <= $n; $i++) {
    $x = $h[$i];
    while ($top > 0 && $h[$stack[$top - 1]] >= $x) {
        $height = $h[$stack[--$top]];
        $left = $top > 0 ? $stack[$top - 1] : -1;
        $area = $height * ($i - $left - 1);
        if ($area > $best) $best = $area;
    }
    $stack[$top++] = $i;
}
echo $best, "\n";
