<?php
class Solution {
    const NONE = 1 << 20; // outside the value range

    /**
     * @param TreeNode $root
     * @param TreeNode $subRoot
     * @return Boolean
     */
    function isSubtree($root, $subRoot) {
        // Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
        // of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
        // O(n + m). The traversals use an explicit stack: a tree may be one long path.
        $text = $this->preorder($root);
        $pat = $this->preorder($subRoot);
        $m = count($pat);
        $fail = array_fill(0, $m, 0); // $fail[$i]: the longest proper border of pat[0..i]
        $k = 0;
        for ($i = 1; $i < $m; $i++) {
            while ($k > 0 && $pat[$i] !== $pat[$k]) {
                $k = $fail[$k - 1];
            }
            if ($pat[$i] === $pat[$k]) {
                $k++;
            }
            $fail[$i] = $k;
        }
        $k = 0;
        foreach ($text as $x) {
            while ($k > 0 && $x !== $pat[$k]) {
                $k = $fail[$k - 1];
            }
            if ($x === $pat[$k]) {
                $k++;
                if ($k === $m) {
                    return true;
                }
            }
        }
        return false;
    }

    private function preorder($tree) {
        $out = [];
        $stack = [$tree];
        while ($stack) {
            $node = array_pop($stack);
            if ($node === null) {
                $out[] = self::NONE;
            } else {
                $out[] = $node->val;
                $stack[] = $node->right;
                $stack[] = $node->left;
            }
        }
        return $out;
    }
}
