/**
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
function networkDelayTime(times, n, k) {
  // Dijkstra from k with a binary heap of keys time * (n + 1) + node (below 2^53); an entry is
  // pushed only when it improves the node's best time, and stale entries are skipped when popped.
  const m = times.length;
  const head = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(m), to = new Int32Array(m), cost = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const [u, v, w] = times[i];
    to[i] = v;
    cost[i] = w;
    next[i] = head[u];
    head[u] = i;
  }
  const base = n + 1;
  const best = new Float64Array(base).fill(Infinity);
  const done = new Uint8Array(base);
  const heap = [];
  const push = (key) => {
    let i = heap.length;
    heap.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= key) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = key;
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      let i = 0;
      const size = heap.length;
      while (true) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && heap[c + 1] < heap[c]) c++;
        if (heap[c] >= last) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = last;
    }
    return top;
  };
  best[k] = 0;
  push(k);
  let reached = 0, lastTime = 0;
  while (heap.length > 0) {
    const key = pop();
    const u = key % base;
    const d = (key - u) / base;
    if (done[u]) continue;
    done[u] = 1;
    reached++;
    lastTime = d;
    for (let e = head[u]; e !== -1; e = next[e]) {
      const v = to[e];
      const nd = d + cost[e];
      if (nd < best[v]) {
        best[v] = nd;
        push(nd * base + v);
      }
    }
  }
  return reached === n ? lastTime : -1;
}
