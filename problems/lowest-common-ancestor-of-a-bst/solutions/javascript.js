function lowestCommonAncestor(root, p, q) {
  // walk down from the root: while both values lie on the same side of the node, go to that
  // side; the first node between them (inclusive) is where their paths part: O(height), no recursion
  const lo = Math.min(p, q);
  const hi = Math.max(p, q);
  let node = root;
  while (true) {
    if (hi < node.val) node = node.left;
    else if (lo > node.val) node = node.right;
    else return node.val;
  }
}
