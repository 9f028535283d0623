<?php
class Solution {
    function cloneGraph($node) {
        if ($node === null) {
            return null;
        }
        // copies maps every original node reached so far (by its value, unique in the graph) to its copy;
        // breadth-first, no recursion
        $copies = [$node->val => new Node($node->val)];
        $queue = [$node];
        for ($head = 0; $head < count($queue); $head++) {
            $original = $queue[$head];
            $copy = $copies[$original->val];
            foreach ($original->neighbors as $nb) {
                if (!isset($copies[$nb->val])) {
                    $copies[$nb->val] = new Node($nb->val);
                    $queue[] = $nb;
                }
                $copy->neighbors[] = $copies[$nb->val];
            }
        }
        return $copies[$node->val];
    }
}
