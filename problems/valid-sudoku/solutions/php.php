<?php
$rows = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
// one bit per digit for each row, each column and each 3x3 box
$rowSeen = array_fill(0, 9, 0);
$colSeen = array_fill(0, 9, 0);
$boxSeen = array_fill(0, 9, 0);
$valid = true;
for ($r = 0; $r < 9 && $valid; $r++) {
    for ($c = 0; $c < 9; $c++) {
        $ch = $rows[$r][$c];
        if ($ch === '.') continue;
        $bit = 1 << (ord($ch) - 48);
        $b = intdiv($r, 3) * 3 + intdiv($c, 3);
        if (($rowSeen[$r] & $bit) || ($colSeen[$c] & $bit) || ($boxSeen[$b] & $bit)) {
            $valid = false;
            break;
        }
        $rowSeen[$r] |= $bit;
        $colSeen[$c] |= $bit;
        $boxSeen[$b] |= $bit;
    }
}
echo $valid ? "true" : "false", "\n";
