<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer[]
     */
    function rightSideView($root) {
        // breadth first, one level at a time: the last node of each level is the visible one
        $view = [];
        $level = $root === null ? [] : [$root];
        while ($level) {
            $view[] = $level[count($level) - 1]->val;
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
        return $view;
    }
}
