<?php
class Solution {
    /**
     * @param String[] $words
     * @return String
     */
    function alienOrder($words) {
        // Neighbouring words give the only rules: their first differing letters are in order. A word
        // followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
        // smallest letter (in English order) that has no rule left before it.
        $present = array_fill(0, 26, false);
        // every word has at least one letter, so the string of distinct letters is not empty
        foreach (str_split(count_chars(implode('', $words), 3)) as $ch) {
            $present[ord($ch) - 97] = true;
        }
        $rule = array_fill(0, 26, array_fill(0, 26, false));
        $indegree = array_fill(0, 26, 0);
        for ($k = 0, $n = count($words); $k + 1 < $n; $k++) {
            $a = $words[$k];
            $b = $words[$k + 1];
            $la = strlen($a);
            $lb = strlen($b);
            $i = 0;
            while ($i < $la && $i < $lb && $a[$i] === $b[$i]) $i++;
            if ($i < $la && $i < $lb) {
                $x = ord($a[$i]) - 97;
                $y = ord($b[$i]) - 97;
                if (!$rule[$x][$y]) {
                    $rule[$x][$y] = true;
                    $indegree[$y]++;
                }
            } elseif ($la > $lb) {
                return "";
            }
        }
        $total = count(array_filter($present));
        $taken = array_fill(0, 26, false);
        $order = "";
        while (true) {
            $c = 0;
            while ($c < 26 && !($present[$c] && !$taken[$c] && $indegree[$c] === 0)) $c++;
            if ($c === 26) break;
            $taken[$c] = true;
            $order .= chr(97 + $c);
            for ($d = 0; $d < 26; $d++) {
                if ($rule[$c][$d]) $indegree[$d]--;
            }
        }
        return strlen($order) === $total ? $order : "";
    }
}
