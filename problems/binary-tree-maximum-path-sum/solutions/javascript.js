function maxPathSum(root) {
  // List the nodes breadth first with their parent and side (no recursion, so a long path is
  // safe) and handle them backwards, children before parents. gain is the best sum of a path
  // going down from a node (never below 0 once offered to the parent: a negative branch is left
  // out); a path turning at a node adds the gains offered by both children.
  const order = [root], parent = [-1], side = [0];
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    if (node.left !== null) { order.push(node.left); parent.push(i); side.push(0); }
    if (node.right !== null) { order.push(node.right); parent.push(i); side.push(1); }
  }
  const n = order.length;
  const left = new Array(n).fill(0), right = new Array(n).fill(0);
  let best = root.val;
  for (let i = n - 1; i >= 0; i--) {
    const val = order[i].val;
    const turn = val + left[i] + right[i];
    if (turn > best) best = turn;
    const gain = val + Math.max(left[i], right[i]);
    if (gain > 0 && i > 0) {
      if (side[i] === 0) left[parent[i]] = gain;
      else right[parent[i]] = gain;
    }
  }
  return best;
}
