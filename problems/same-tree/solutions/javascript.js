function isSameTree(p, q) {
  // walk both trees together with a stack of node pairs (no recursion, so a long path is
  // safe); the first pair that differs in presence or value decides
  const stack = [p, q];
  while (stack.length > 0) {
    const b = stack.pop();
    const a = stack.pop();
    if (a === null && b === null) continue;
    if (a === null || b === null || a.val !== b.val) return false;
    stack.push(a.left, b.left, a.right, b.right);
  }
  return true;
}
