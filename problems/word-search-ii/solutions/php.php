<?php
class Solution {
    // Put the words in a prefix tree (trie), then walk every path of the board from every cell
    // while the letters read so far are the prefix of some word. A word found is taken out of the
    // trie (so it is reported once), and a node left without words is cut off its parent.
    // The trie is kept in arrays: $next[$node][$letter] is a child (node 0 is the root),
    // $word[$node] the word ending there (null: none), $count[$node] the number of words still
    // to find at or below the node.
    private $next = [[]];
    private $word = [null];
    private $count = [0];
    private $grid;
    private $rows;
    private $cols;
    private $found = [];

    /**
     * @param String[][] $board
     * @param String[] $words
     * @return String[]
     */
    function findWords($board, $words) {
        $this->next = [[]];
        $this->word = [null];
        $this->count = [0];
        $this->found = [];
        foreach ($words as $w) {
            $node = 0;
            $this->count[0]++;
            $n = strlen($w);
            for ($j = 0; $j < $n; $j++) {
                $ch = $w[$j];
                if (!isset($this->next[$node][$ch])) {
                    $child = count($this->count);
                    $this->next[$node][$ch] = $child;
                    $this->next[$child] = [];
                    $this->word[$child] = null;
                    $this->count[$child] = 0;
                }
                $node = $this->next[$node][$ch];
                $this->count[$node]++;
            }
            $this->word[$node] = $w;
        }
        $this->grid = $board;
        $this->rows = count($board);
        $this->cols = count($board[0]);
        for ($r = 0; $r < $this->rows; $r++) {
            for ($c = 0; $c < $this->cols; $c++) {
                $ch = $board[$r][$c];
                if (!isset($this->next[0][$ch])) {
                    continue;
                }
                $child = $this->next[0][$ch];
                $this->count[0] -= $this->dfs($r, $c, $child);
                if ($this->count[$child] === 0) {
                    unset($this->next[0][$ch]);
                }
            }
        }
        sort($this->found, SORT_STRING);
        return $this->found;
    }

    // $node: the trie node of the letters read up to and including cell ($r, $c); returns the
    // number of words found at or below it
    private function dfs($r, $c, $node) {
        $got = 0;
        if ($this->word[$node] !== null) {
            $this->found[] = $this->word[$node];
            $this->word[$node] = null;
            $got = 1;
        }
        $letter = $this->grid[$r][$c];
        $this->grid[$r][$c] = '#';
        foreach ([[$r - 1, $c], [$r + 1, $c], [$r, $c - 1], [$r, $c + 1]] as [$nr, $nc]) {
            if ($this->count[$node] <= $got) {
                break;
            }
            if ($nr < 0 || $nr >= $this->rows || $nc < 0 || $nc >= $this->cols) {
                continue;
            }
            $ch = $this->grid[$nr][$nc];
            if (!isset($this->next[$node][$ch])) {
                continue;
            }
            $child = $this->next[$node][$ch];
            $got += $this->dfs($nr, $nc, $child);
            if ($this->count[$child] === 0) {
                unset($this->next[$node][$ch]);
            }
        }
        $this->grid[$r][$c] = $letter;
        $this->count[$node] -= $got;
        return $got;
    }
}
