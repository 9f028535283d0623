<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer
     */
    function goodNodes($root) {
        // depth-first walk with an explicit stack of (node, largest value above it): a node is good when
        // its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
        $count = 0;
        $nodes = [$root];
        $bests = [$root->val];
        while ($nodes) {
            $node = array_pop($nodes);
            $best = array_pop($bests);
            if ($node->val >= $best) {
                $count++;
                $best = $node->val;
            }
            if ($node->left !== null) {
                $nodes[] = $node->left;
                $bests[] = $best;
            }
            if ($node->right !== null) {
                $nodes[] = $node->right;
                $bests[] = $best;
            }
        }
        return $count;
    }
}
