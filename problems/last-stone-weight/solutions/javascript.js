/**
 * @param {number[]} stones
 * @return {number}
 */
function lastStoneWeight(stones) {
  // a max-heap of the weights in an array: take the two heaviest, put back what is left of the
  // heavier one, until at most one stone remains
  const heap = stones.slice();
  const down = (i) => {
    const n = heap.length;
    const v = heap[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && heap[c + 1] > heap[c]) c++;
      if (heap[c] <= v) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = v;
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    return top;
  };
  const push = (v) => {
    let i = heap.length;
    heap.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] >= v) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = v;
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 1) {
    const y = pop();
    const x = pop();
    if (y !== x) push(y - x);
  }
  return heap.length ? heap[0] : 0;
}
