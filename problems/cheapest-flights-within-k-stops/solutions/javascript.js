/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
function findCheapestPrice(n, flights, src, dst, k) {
  // Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v with at
  // most r flights. Each round reads the previous round's prices (a copy), so it adds at most one
  // flight to any trip.
  let best = new Array(n).fill(Infinity);
  best[src] = 0;
  for (let round = 0; round <= k; round++) {
    const cur = best.slice();
    let changed = false;
    for (const [u, v, p] of flights) {
      if (best[u] + p < cur[v]) {
        cur[v] = best[u] + p;
        changed = true;
      }
    }
    best = cur;
    if (!changed) break;
  }
  return best[dst] === Infinity ? -1 : best[dst];
}
