function diameterOfBinaryTree(root) {
  // List the nodes breadth first with their parent's index (no recursion, so a long path is
  // safe). Going through the list backwards, every child is finished before its parent:
  // down[i] is the longest downward path from node i, in edges, and a path turning at p joins
  // p's best branch so far with the branch through the current child.
  if (root === null) return 0;
  const order = [root], parent = [-1];
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    if (node.left !== null) { order.push(node.left); parent.push(i); }
    if (node.right !== null) { order.push(node.right); parent.push(i); }
  }
  const down = new Int32Array(order.length);
  let best = 0;
  for (let i = order.length - 1; i > 0; i--) {
    const p = parent[i];
    const branch = down[i] + 1;
    if (down[p] + branch > best) best = down[p] + branch;
    if (branch > down[p]) down[p] = branch;
  }
  return best;
}
