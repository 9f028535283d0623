<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer[][]
     */
    function levelOrder($root) {
        $result = [];
        if ($root === null) return $result;
        $current = [$root];
        while (count($current) > 0) {
            $next = [];
            $level = [];
            foreach ($current as $node) {
                $level[] = $node->val;
                if ($node->left !== null) $next[] = $node->left;
                if ($node->right !== null) $next[] = $node->right;
            }
            $result[] = $level;
            $current = $next;
        }
        return $result;
    }
}
