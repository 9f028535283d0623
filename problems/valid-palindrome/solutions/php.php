<?php
$line = fgets(STDIN);
if ($line === false) {
    $line = '';
}
$line = rtrim($line, "\r\n");
// keep only the letters and digits, in lower case, and compare with the reverse
$clean = strtolower(preg_replace('/[^A-Za-z0-9]/', '', $line));
echo $clean === strrev($clean) ? "true" : "false", "\n";
