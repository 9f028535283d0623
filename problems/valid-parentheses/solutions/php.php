<?php
class Solution {
    function isValid($s) {
        $pairs = [')' => '(', ']' => '[', '}' => '{'];
        $stack = [];
        $n = strlen($s);
        for ($i = 0; $i < $n; $i++) {
            $c = $s[$i];
            if (isset($pairs[$c])) {
                if (!$stack || array_pop($stack) !== $pairs[$c]) {
                    return false;
                }
            } else {
                $stack[] = $c;
            }
        }
        return !$stack;
    }
}
