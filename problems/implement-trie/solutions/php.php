<?php
class Trie {
    // A prefix tree kept in flat arrays: $children[$node] maps a letter to the child's number (node 0
    // is the root) and $word[$node] marks that an inserted word ends there. Every call walks down one
    // node per letter of its argument.
    private $children = [[]];
    private $word = [false];

    function __construct() {
    }

    /**
     * @param String $word
     * @return NULL
     */
    function insert($word) {
        $node = 0;
        $n = strlen($word);
        for ($i = 0; $i < $n; $i++) {
            $ch = $word[$i];
            if (!isset($this->children[$node][$ch])) {
                $child = count($this->word);
                $this->children[$node][$ch] = $child;
                $this->children[$child] = [];
                $this->word[$child] = false;
            }
            $node = $this->children[$node][$ch];
        }
        $this->word[$node] = true;
    }

    private function walk($text) {
        $node = 0;
        $n = strlen($text);
        for ($i = 0; $i < $n; $i++) {
            $ch = $text[$i];
            if (!isset($this->children[$node][$ch])) {
                return -1;
            }
            $node = $this->children[$node][$ch];
        }
        return $node;
    }

    /**
     * @param String $word
     * @return Boolean
     */
    function search($word) {
        $node = $this->walk($word);
        return $node >= 0 && $this->word[$node];
    }

    /**
     * @param String $prefix
     * @return Boolean
     */
    function startsWith($prefix) {
        return $this->walk($prefix) >= 0;
    }
}
