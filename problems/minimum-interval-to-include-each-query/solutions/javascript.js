/**
 * @param {number[][]} intervals
 * @param {number[]} queries
 * @return {number[]}
 */
function minInterval(intervals, queries) {
  const SHIFT = 16777216; // 2^24 > 10^7: a key size * 2^24 + right orders by size and keeps right
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const order = queries.map((_, j) => j).sort((a, b) => queries[a] - queries[b]);
  const answers = new Array(queries.length).fill(-1);
  const heap = [];
  const push = (key) => {
    let k = heap.length;
    heap.push(key);
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (heap[p] <= key) break;
      heap[k] = heap[p];
      k = p;
    }
    heap[k] = key;
  };
  const pop = () => {
    const last = heap.pop();
    if (heap.length === 0) return;
    let k = 0;
    const n = heap.length;
    while (true) {
      let c = 2 * k + 1;
      if (c >= n) break;
      if (c + 1 < n && heap[c + 1] < heap[c]) c++;
      if (heap[c] >= last) break;
      heap[k] = heap[c];
      k = c;
    }
    heap[k] = last;
  };
  let i = 0;
  for (const j of order) {
    const q = queries[j];
    while (i < sorted.length && sorted[i][0] <= q) {
      const [left, right] = sorted[i];
      push((right - left + 1) * SHIFT + right);
      i++;
    }
    while (heap.length > 0 && heap[0] % SHIFT < q) pop();
    if (heap.length > 0) answers[j] = Math.floor(heap[0] / SHIFT);
  }
  return answers;
}
