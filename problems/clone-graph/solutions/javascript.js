function cloneGraph(node) {
  if (node === null) return null;
  // copies maps every original node reached so far to its copy; breadth-first, no recursion
  const copies = new Map();
  copies.set(node, new Node(node.val, []));
  const queue = [node];
  for (let head = 0; head < queue.length; head++) {
    const original = queue[head];
    const copy = copies.get(original);
    for (const nb of original.neighbors) {
      let nbCopy = copies.get(nb);
      if (nbCopy === undefined) {
        nbCopy = new Node(nb.val, []);
        copies.set(nb, nbCopy);
        queue.push(nb);
      }
      copy.neighbors.push(nbCopy);
    }
  }
  return copies.get(node);
}
