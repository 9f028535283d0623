<?php
class Solution {
    function groupAnagrams($words) {
        // two words are anagrams exactly when their sorted letters are equal
        $groups = [];
        foreach ($words as $w) {
            $letters = str_split($w);
            sort($letters);
            // a prefix keeps keys such as "123" from becoming integer keys
            $groups['k' . implode('', $letters)][] = $w;
        }
        return array_values($groups);
    }
}
