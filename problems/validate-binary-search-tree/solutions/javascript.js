function isValidBST(root) {
  // iterative in-order traversal: the values must come out strictly increasing
  const stack = [];
  let node = root;
  let prev = null;
  while (stack.length > 0 || node !== null) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (prev !== null && node.val <= prev) return false;
    prev = node.val;
    node = node.right;
  }
  return true;
}
