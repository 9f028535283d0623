<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer
     */
    function diameterOfBinaryTree($root) {
        // List the nodes breadth first with their parent's index (no recursion, so a long path is
        // safe). Going through the list backwards, every child is finished before its parent:
        // down[i] is the longest downward path from node i, in edges, and a path turning at p joins
        // p's best branch so far with the branch through the current child.
        if ($root === null) {
            return 0;
        }
        $order = [$root];
        $parent = [-1];
        for ($i = 0; $i < count($order); $i++) {
            $node = $order[$i];
            if ($node->left !== null) {
                $order[] = $node->left;
                $parent[] = $i;
            }
            if ($node->right !== null) {
                $order[] = $node->right;
                $parent[] = $i;
            }
        }
        $n = count($order);
        $down = array_fill(0, $n, 0);
        $best = 0;
        for ($i = $n - 1; $i > 0; $i--) {
            $p = $parent[$i];
            $branch = $down[$i] + 1;
            if ($down[$p] + $branch > $best) {
                $best = $down[$p] + $branch;
            }
            if ($branch > $down[$p]) {
                $down[$p] = $branch;
            }
        }
        return $best;
    }
}
