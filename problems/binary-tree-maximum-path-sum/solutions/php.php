<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer
     */
    function maxPathSum($root) {
        // List the nodes breadth first with their parent and side (no recursion, so a long path is
        // safe) and handle them backwards, children before parents. gain is the best sum of a path
        // going down from a node (never below 0 once offered to the parent: a negative branch is
        // left out); a path turning at a node adds the gains offered by both children.
        $order = [$root];
        $parent = [-1];
        $side = [0];
        for ($i = 0; $i < count($order); $i++) {
            $node = $order[$i];
            if ($node->left !== null) {
                $order[] = $node->left;
                $parent[] = $i;
                $side[] = 0;
            }
            if ($node->right !== null) {
                $order[] = $node->right;
                $parent[] = $i;
                $side[] = 1;
            }
        }
        $n = count($order);
        $left = array_fill(0, $n, 0);
        $right = array_fill(0, $n, 0);
        $best = $root->val;
        for ($i = $n - 1; $i >= 0; $i--) {
            $val = $order[$i]->val;
            $turn = $val + $left[$i] + $right[$i];
            if ($turn > $best) {
                $best = $turn;
            }
            $gain = $val + ($left[$i] > $right[$i] ? $left[$i] : $right[$i]);
            if ($gain > 0 && $i > 0) {
                if ($side[$i] === 0) {
                    $left[$parent[$i]] = $gain;
                } else {
                    $right[$parent[$i]] = $gain;
                }
            }
        }
        return $best;
    }
}
