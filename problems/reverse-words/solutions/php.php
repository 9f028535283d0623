<?php
$line = fgets(STDIN);
if ($line === false) {
    $line = '';
}
$words = preg_split('/\s+/', $line, -1, PREG_SPLIT_NO_EMPTY);
echo implode(' ', array_reverse($words)), "\n";
