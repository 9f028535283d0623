<?php
class Solution {
    function wordCount($text) {
        // a word is a maximal run of ASCII letters; lowercase first so that The, THE and the are one word
        preg_match_all('/[a-z]+/', strtolower($text), $matches);
        return array_count_values($matches[0]);
    }
}
