function isSubtree(root, subRoot) {
  // Write both trees in preorder with a marker for each missing child; then subRoot is a subtree
  // of root exactly when its sequence occurs in root's sequence. Knuth-Morris-Pratt finds it in
  // O(n + m). The traversals use an explicit stack: a tree may be one long path.
  const NONE = 1 << 20; // outside the value range
  const preorder = (tree) => {
    const out = [];
    const stack = [tree];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null) {
        out.push(NONE);
      } else {
        out.push(node.val);
        stack.push(node.right);
        stack.push(node.left);
      }
    }
    return out;
  };
  const text = preorder(root);
  const pat = preorder(subRoot);
  const m = pat.length;
  const fail = new Int32Array(m); // fail[i]: the longest proper border of pat[0..i]
  let k = 0;
  for (let i = 1; i < m; i++) {
    while (k > 0 && pat[i] !== pat[k]) k = fail[k - 1];
    if (pat[i] === pat[k]) k++;
    fail[i] = k;
  }
  k = 0;
  for (const x of text) {
    while (k > 0 && x !== pat[k]) k = fail[k - 1];
    if (x === pat[k]) {
      k++;
      if (k === m) return true;
    }
  }
  return false;
}
