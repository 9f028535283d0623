<?php
$n = (int)trim(stream_get_contents(STDIN));
$out = [];

// extend prefix by one character; '(' is tried before ')' so the strings come out sorted
function build($prefix, $opened, $closed, $n, &$out) {
    if ($opened + $closed === 2 * $n) {
        $out[] = $prefix;
        return;
    }
    if ($opened < $n) build($prefix . '(', $opened + 1, $closed, $n, $out);
    if ($closed < $opened) build($prefix . ')', $opened, $closed + 1, $n, $out);
}

build('', 0, 0, $n, $out);
echo implode("\n", $out), "\n";
