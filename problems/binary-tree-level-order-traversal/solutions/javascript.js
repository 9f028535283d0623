function levelOrder(root) {
  const result = [];
  if (root === null) return result;
  let current = [root];
  while (current.length > 0) {
    const next = [];
    const level = [];
    for (const node of current) {
      level.push(node.val);
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    result.push(level);
    current = next;
  }
  return result;
}
