<?php
class Solution {
    /**
     * @param TreeNode $root
     * @param Integer $k
     * @return Integer
     */
    function kthSmallest($root, $k) {
        // in-order walk with an explicit stack: it meets the values in increasing order, so the
        // k-th node popped holds the answer (no recursion, so a long path is safe)
        $stack = [];
        $node = $root;
        while (true) {
            while ($node !== null) {
                $stack[] = $node;
                $node = $node->left;
            }
            $node = array_pop($stack);
            if (--$k === 0) {
                return $node->val;
            }
            $node = $node->right;
        }
    }
}
