<?php

class Solution {
    /**
     * @param Node $node
     * @return Node
     */
    function cloneGraph($node) {
        if ($node === null) {
            return null;
        }
        $copies = [spl_object_id($node) => new Node($node->val)];
        $queue = [$node];
        for ($q = 0; $q < count($queue); $q++) {
            $original = $queue[$q];
            foreach ($original->neighbors as $neighbor) {
                $id = spl_object_id($neighbor);
                if (!isset($copies[$id])) {
                    $copies[$id] = new Node($neighbor->val);
                    $queue[] = $neighbor;
                }
                $copies[spl_object_id($original)]->neighbors[] = $copies[$id];
            }
        }
        return $copies[spl_object_id($node)];
    }
}
