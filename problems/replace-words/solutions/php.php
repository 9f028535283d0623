<?php
// Put the roots in a trie, kept in one flat array: $child[$node * 26 + $letter] is a child (node 0
// is the root), $end[$node] marks the end of a root. Each word walks down the trie letter by
// letter: the first root end it meets is its shortest root; falling off the trie (or reaching the
// word's end) first means no root begins it.
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$k = (int)$data[0];
$child = [];
$end = [false];
$size = 1;
for ($i = 1; $i <= $k; $i++) {
    $root = $data[$i];
    $node = 0;
    $len = strlen($root);
    for ($j = 0; $j < $len && !$end[$node]; $j++) {
        $slot = $node * 26 + ord($root[$j]) - 97;
        if (!isset($child[$slot])) {
            $child[$slot] = $size;
            $end[$size] = false;
            $size++;
        }
        $node = $child[$slot];
    }
    $end[$node] = true;
}
$out = [];
$total = count($data);
for ($i = $k + 1; $i < $total; $i++) {
    $word = $data[$i];
    $node = 0;
    $result = $word;
    $len = strlen($word);
    for ($j = 0; $j < $len; $j++) {
        $slot = $node * 26 + ord($word[$j]) - 97;
        if (!isset($child[$slot])) {
            break;
        }
        $node = $child[$slot];
        if ($end[$node]) {
            $result = substr($word, 0, $j + 1);
            break;
        }
    }
    $out[] = $result;
}
echo implode(' ', $out), "\n";
