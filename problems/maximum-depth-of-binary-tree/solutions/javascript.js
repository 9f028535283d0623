function maxDepth(root) {
  // breadth-first search, one level at a time (no recursion)
  if (root === null) return 0;
  let depth = 0;
  let level = [root];
  while (level.length > 0) {
    depth++;
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return depth;
}
