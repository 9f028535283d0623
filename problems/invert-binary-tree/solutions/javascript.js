function invertTree(root) {
  // visit every node once with an explicit stack (no recursion, so a long path is safe)
  // and exchange its two children
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const left = node.left;
    node.left = node.right;
    node.right = left;
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return root;
}
