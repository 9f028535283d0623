function goodNodes(root) {
  // depth-first walk with an explicit stack of (node, largest value above it): a node is good when
  // its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
  let count = 0;
  const nodes = [root];
  const bests = [root.val];
  while (nodes.length > 0) {
    const node = nodes.pop();
    let best = bests.pop();
    if (node.val >= best) {
      count++;
      best = node.val;
    }
    if (node.left !== null) {
      nodes.push(node.left);
      bests.push(best);
    }
    if (node.right !== null) {
      nodes.push(node.right);
      bests.push(best);
    }
  }
  return count;
}
