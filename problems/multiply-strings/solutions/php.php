<?php
[$a, $b] = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
if ($a === '0' || $b === '0') {
    echo "0\n";
    exit;
}
$n = strlen($a);
$m = strlen($b);
$y = [];
for ($j = 0; $j < $m; $j++) $y[] = ord($b[$j]) - 48;
// digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
// left); add all of them first, carry once at the end
$col = array_fill(0, $n + $m, 0);
for ($i = 0; $i < $n; $i++) {
    $dx = ord($a[$i]) - 48;
    if ($dx === 0) continue;
    $k = $i + 1;
    foreach ($y as $dy) {
        $col[$k++] += $dx * $dy;
    }
}
$carry = 0;
for ($k = $n + $m - 1; $k >= 0; $k--) {
    $t = $col[$k] + $carry;
    $col[$k] = $t % 10;
    $carry = intdiv($t, 10);
}
if ($col[0] === 0) array_shift($col);
echo implode('', $col), "\n";
