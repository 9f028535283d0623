<?php
class Solution {
    /**
     * @param Integer[] $preorder
     * @param Integer[] $inorder
     * @return TreeNode
     */
    function buildTree($preorder, $inorder) {
        // One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
        // The stack holds the nodes on the current left spine whose right subtree is still open. While
        // the top is not the next inorder value, the next preorder value is a left child; once it is,
        // pop the nodes whose inorder turn has come, and the next value is the right child of the last
        // node popped. O(n) time.
        $n = count($preorder);
        if ($n === 0) {
            return null;
        }
        $root = new TreeNode($preorder[0]);
        $stack = [$root];
        $j = 0; // the next inorder position not yet matched
        for ($i = 1; $i < $n; $i++) {
            $node = $stack[count($stack) - 1];
            if ($node->val !== $inorder[$j]) {
                $node->left = new TreeNode($preorder[$i]);
                $stack[] = $node->left;
            } else {
                while ($stack && $stack[count($stack) - 1]->val === $inorder[$j]) {
                    $node = array_pop($stack);
                    $j++;
                }
                $node->right = new TreeNode($preorder[$i]);
                $stack[] = $node->right;
            }
        }
        return $root;
    }
}
