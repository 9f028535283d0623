<?php
class Solution {
    /**
     * @param TreeNode $root
     * @return Integer
     */
    function minCameraCover($root) {
        // Greedy from the leaves up, each node in one of three states:
        //   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
        // A missing child counts as watched. A node with an unwatched child takes a camera; a node with
        // a camera child is watched; otherwise it waits for its parent. Children are handled before
        // their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
        $order = [$root];
        $leftOf = [];
        $rightOf = [];
        for ($i = 0; $i < count($order); $i++) {
            $node = $order[$i];
            if ($node->left !== null) {
                $leftOf[] = count($order);
                $order[] = $node->left;
            } else {
                $leftOf[] = -1;
            }
            if ($node->right !== null) {
                $rightOf[] = count($order);
                $order[] = $node->right;
            } else {
                $rightOf[] = -1;
            }
        }
        $n = count($order);
        $state = array_fill(0, $n, 0);
        $cameras = 0;
        for ($i = $n - 1; $i >= 0; $i--) {
            $left = $leftOf[$i] >= 0 ? $state[$leftOf[$i]] : 1;
            $right = $rightOf[$i] >= 0 ? $state[$rightOf[$i]] : 1;
            if ($left === 0 || $right === 0) {
                $state[$i] = 2;
                $cameras++;
            } elseif ($left === 2 || $right === 2) {
                $state[$i] = 1;
            } else {
                $state[$i] = 0;
            }
        }
        if ($state[0] === 0) {
            $cameras++;
        }
        return $cameras;
    }
}
