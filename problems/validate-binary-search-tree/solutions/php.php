<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Boolean
     */
    function isValidBST($root) {
        // iterative in-order traversal: the values must come out strictly increasing
        $stack = [];
        $node = $root;
        $prev = null;
        while (count($stack) > 0 || $node !== null) {
            while ($node !== null) {
                $stack[] = $node;
                $node = $node->left;
            }
            $node = array_pop($stack);
            if ($prev !== null && $node->val <= $prev) return false;
            $prev = $node->val;
            $node = $node->right;
        }
        return true;
    }
}
