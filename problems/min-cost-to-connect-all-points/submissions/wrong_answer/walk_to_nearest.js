// Mistake: a greedy walk instead of a tree. From the first lamp it always runs a cable to the nearest
// lamp not yet wired, then continues from there. That wires the lamps in one chain, and a chain can
// cost much more than a tree that branches.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const xs = [], ys = [];
for (let i = 0; i < n; i++) {
  xs.push(data[1 + 2 * i]);
  ys.push(data[2 + 2 * i]);
}
const used = new Array(n).fill(false);
used[0] = true;
let cur = 0, total = 0;
for (let step = 1; step < n; step++) {
  let next = -1, bestCost = Infinity;
  for (let v = 0; v < n; v++) {
    if (used[v]) continue;
    const d = Math.abs(xs[cur] - xs[v]) + Math.abs(ys[cur] - ys[v]);
    if (d < bestCost) {
      bestCost = d;
      next = v;
    }
  }
  used[next] = true;
  total += bestCost;
  cur = next;
}
console.log(String(total));
