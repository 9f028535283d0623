<?php
class Solution {
    /**
     * @param String[] $tokens
     * @return Integer
     */
    function evalRPN($tokens) {
        $stack = [];
        $top = 0;
        foreach ($tokens as $tok) {
            if ($tok === '+' || $tok === '-' || $tok === '*' || $tok === '/') {
                $b = $stack[--$top];
                $a = $stack[--$top];
                if ($tok === '+') $r = $a + $b;
                elseif ($tok === '-') $r = $a - $b;
                elseif ($tok === '*') $r = $a * $b;
                else $r = intdiv($a, $b); // truncates toward zero
                $stack[$top++] = $r;
            } else {
                $stack[$top++] = (int)$tok;
            }
        }
        return $stack[$top - 1];
    }
}
