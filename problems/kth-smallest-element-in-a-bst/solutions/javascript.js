function kthSmallest(root, k) {
  // in-order walk with an explicit stack: it meets the values in increasing order, so the
  // k-th node popped holds the answer (no recursion, so a long path is safe)
  const stack = [];
  let node = root;
  for (;;) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (--k === 0) return node.val;
    node = node.right;
  }
}
