<?php
// The letters of each key, in alphabetical order. Extending the combinations digit by digit, each
// combination followed by its letters in order, keeps the list in lexicographic order.
$keys = ['2' => 'abc', '3' => 'def', '4' => 'ghi', '5' => 'jkl', '6' => 'mno', '7' => 'pqrs', '8' => 'tuv', '9' => 'wxyz'];
$line = fgets(STDIN);
$digits = $line === false ? '' : trim($line);
if ($digits !== '') {
    $combos = [''];
    for ($i = 0; $i < strlen($digits); $i++) {
        $letters = $keys[$digits[$i]];
        $next = [];
        foreach ($combos as $c) {
            for ($j = 0; $j < strlen($letters); $j++) {
                $next[] = $c . $letters[$j];
            }
        }
        $combos = $next;
    }
    echo implode("\n", $combos), "\n";
}
