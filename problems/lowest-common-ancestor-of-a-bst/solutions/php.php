<?php
class Solution {
    /**
     * @param TreeNode $root
     * @param Integer $p
     * @param Integer $q
     * @return Integer
     */
    function lowestCommonAncestor($root, $p, $q) {
        // walk down from the root: while both values lie on the same side of the node, go to that
        // side; the first node between them (inclusive) is where their paths part: O(height), no recursion
        $lo = min($p, $q);
        $hi = max($p, $q);
        $node = $root;
        while (true) {
            if ($hi < $node->val) {
                $node = $node->left;
            } elseif ($lo > $node->val) {
                $node = $node->right;
            } else {
                return $node->val;
            }
        }
    }
}
