function minCameraCover(root) {
  // Greedy from the leaves up, each node in one of three states:
  //   0: not watched yet (its parent must take a camera), 1: watched, no camera, 2: has a camera.
  // A missing child counts as watched. A node with an unwatched child takes a camera; a node with
  // a camera child is watched; otherwise it waits for its parent. Children are handled before
  // their parents by walking the breadth-first order backwards (no recursion: the tree may be a path).
  const order = [root];
  const leftOf = [];
  const rightOf = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    leftOf.push(node.left !== null ? order.push(node.left) - 1 : -1);
    rightOf.push(node.right !== null ? order.push(node.right) - 1 : -1);
  }
  const state = new Int8Array(order.length);
  let cameras = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const left = leftOf[i] >= 0 ? state[leftOf[i]] : 1;
    const right = rightOf[i] >= 0 ? state[rightOf[i]] : 1;
    if (left === 0 || right === 0) {
      state[i] = 2;
      cameras++;
    } else if (left === 2 || right === 2) {
      state[i] = 1;
    } else {
      state[i] = 0;
    }
  }
  if (state[0] === 0) cameras++;
  return cameras;
}
