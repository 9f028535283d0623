<?php
$rows = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$grid = array_fill(0, 81, 0);
$rowM = array_fill(0, 9, 0);
$colM = array_fill(0, 9, 0);
$boxM = array_fill(0, 9, 0);
$boxOf = [];
$empty = [];
for ($p = 0; $p < 81; $p++) {
    $boxOf[] = intdiv($p, 27) * 3 + intdiv($p % 9, 3);
    $ch = $rows[intdiv($p, 9)][$p % 9];
    if ($ch === '.') {
        $empty[] = $p;
    } else {
        $grid[$p] = ord($ch) - 48;
        $bit = 1 << $grid[$p];
        $rowM[intdiv($p, 9)] |= $bit;
        $colM[$p % 9] |= $bit;
        $boxM[$boxOf[$p]] |= $bit;
    }
}
$FULL = 0x3FE; // bits 1..9
// number of candidates of every 10-bit mask
$popcount = [];
for ($m = 0; $m < 1024; $m++) {
    $popcount[$m] = $m ? $popcount[$m & ($m - 1)] + 1 : 0;
}
// iterative backtracking; each step fills the empty cell with the fewest candidates
$stackCell = [];
$stackMask = [];
$n = count($empty);
$filled = 0;
while ($filled < $n) {
    $bestI = -1;
    $bestCount = 10;
    $bestMask = 0;
    for ($i = $filled; $i < $n; $i++) {
        $p = $empty[$i];
        $m = $FULL & ~($rowM[intdiv($p, 9)] | $colM[$p % 9] | $boxM[$boxOf[$p]]);
        $k = $popcount[$m];
        if ($k < $bestCount) {
            $bestI = $i;
            $bestCount = $k;
            $bestMask = $m;
            if ($k <= 1) break;
        }
    }
    $t = $empty[$filled];
    $empty[$filled] = $empty[$bestI];
    $empty[$bestI] = $t;
    $p = $empty[$filled];
    $m = $bestMask;
    while (true) {
        if ($m) {
            $bit = $m & -$m;
            $m ^= $bit;
            $d = 1;
            while ((1 << $d) !== $bit) $d++;
            $grid[$p] = $d;
            $rowM[intdiv($p, 9)] |= $bit;
            $colM[$p % 9] |= $bit;
            $boxM[$boxOf[$p]] |= $bit;
            $stackCell[] = $p;
            $stackMask[] = $m;
            $filled++;
            break;
        }
        // no candidate left: undo the previous choice and try its next candidate
        $p = array_pop($stackCell);
        $m = array_pop($stackMask);
        $bit = 1 << $grid[$p];
        $grid[$p] = 0;
        $rowM[intdiv($p, 9)] ^= $bit;
        $colM[$p % 9] ^= $bit;
        $boxM[$boxOf[$p]] ^= $bit;
        $filled--;
    }
}
$out = '';
for ($r = 0; $r < 9; $r++) {
    $out .= implode('', array_slice($grid, $r * 9, 9)) . "\n";
}
echo $out;
