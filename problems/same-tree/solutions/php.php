<?php
class Solution {
    /**
     * @param TreeNode $p
     * @param TreeNode $q
     * @return Boolean
     */
    function isSameTree($p, $q) {
        // walk both trees together with a stack of node pairs (no recursion, so a long path is
        // safe); the first pair that differs in presence or value decides
        $stack = [[$p, $q]];
        while ($stack) {
            [$a, $b] = array_pop($stack);
            if ($a === null && $b === null) {
                continue;
            }
            if ($a === null || $b === null || $a->val !== $b->val) {
                return false;
            }
            $stack[] = [$a->left, $b->left];
            $stack[] = [$a->right, $b->right];
        }
        return true;
    }
}
