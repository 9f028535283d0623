// Wrong: reads a missing child as a node holding 0, so a real 0 leaf and a missing child compare
// equal.
function isSameTree(p, q) {
  if (p === null && q === null) return true;
  const a = p === null ? 0 : p.val;
  const b = q === null ? 0 : q.val;
  if (a !== b) return false;
  return isSameTree(p === null ? null : p.left, q === null ? null : q.left)
      && isSameTree(p === null ? null : p.right, q === null ? null : q.right);
}
