<?php
class WordDictionary {
    // A prefix tree (trie) kept in arrays: $children[$node] maps a letter to the child's number
    // (node 0 is the root) and $end[$node] marks that an added word ends there. A search follows
    // its letters down the trie; a '.' branches into every child of the node it reaches.
    private $children = [[]];
    private $end = [false];

    function __construct() {
    }

    /**
     * @param String $word
     * @return NULL
     */
    function addWord($word) {
        $node = 0;
        $n = strlen($word);
        for ($i = 0; $i < $n; $i++) {
            $ch = $word[$i];
            if (!isset($this->children[$node][$ch])) {
                $child = count($this->end);
                $this->children[$node][$ch] = $child;
                $this->children[$child] = [];
                $this->end[$child] = false;
            }
            $node = $this->children[$node][$ch];
        }
        $this->end[$node] = true;
    }

    /**
     * @param String $word
     * @return Boolean
     */
    function search($word) {
        return $this->matchFrom($word, 0, 0);
    }

    private function matchFrom($word, $i, $node) {
        $n = strlen($word);
        for (; $i < $n; $i++) {
            $ch = $word[$i];
            if ($ch === '.') {
                foreach ($this->children[$node] as $child) {
                    if ($this->matchFrom($word, $i + 1, $child)) {
                        return true;
                    }
                }
                return false;
            }
            if (!isset($this->children[$node][$ch])) {
                return false;
            }
            $node = $this->children[$node][$ch];
        }
        return $this->end[$node];
    }
}
