function rightSideView(root) {
  // breadth first, one level at a time: the last node of each level is the visible one
  const view = [];
  let level = root === null ? [] : [root];
  while (level.length > 0) {
    view.push(level[level.length - 1].val);
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return view;
}
