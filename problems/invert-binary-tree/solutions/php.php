<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return TreeNode
     */
    function invertTree($root) {
        // visit every node once with an explicit stack (no recursion, so a long path is safe)
        // and exchange its two children
        $stack = $root === null ? [] : [$root];
        while ($stack) {
            $node = array_pop($stack);
            $left = $node->left;
            $node->left = $node->right;
            $node->right = $left;
            if ($node->left !== null) {
                $stack[] = $node->left;
            }
            if ($node->right !== null) {
                $stack[] = $node->right;
            }
        }
        return $root;
    }
}
