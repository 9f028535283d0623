<?php
class Solution {
    function maxDepth($root) {
        // breadth-first search, one level at a time (no recursion)
        if ($root === null) {
            return 0;
        }
        $depth = 0;
        $level = [$root];
        while ($level) {
            $depth++;
            $next = [];
            foreach ($level as $node) {
                if ($node->left !== null) {
                    $next[] = $node->left;
                }
                if ($node->right !== null) {
                    $next[] = $node->right;
                }
            }
            $level = $next;
        }
        return $depth;
    }
}
