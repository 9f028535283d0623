<?php
$text = strtolower(stream_get_contents(STDIN));
preg_match_all('/[a-z]+/', $text, $m);
$counts = array_count_values($m[0]);
$words = array_keys($counts);
$freq = array_values($counts);
// sort by count (descending), then by word (ascending, byte order)
array_multisort($freq, SORT_DESC, SORT_NUMERIC, $words, SORT_ASC, SORT_STRING);
$out = '';
for ($k = 0; $k < min(3, count($words)); $k++) {
    $out .= $words[$k] . ' ' . $freq[$k] . "\n";
}
echo $out;
