const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const xs = new Float64Array(n), ys = new Float64Array(n);
for (let i = 0; i < n; i++) {
  xs[i] = data[1 + 2 * i];
  ys[i] = data[2 + 2 * i];
}
// Prim's algorithm on the complete graph, without a heap: best[v] is the cheapest cable from the
// network built so far to lamp v. Costs reach 4 * 10^9 and the total about 4 * 10^12: exact in a double.
const best = new Float64Array(n).fill(Infinity);
const inTree = new Uint8Array(n);
best[0] = 0;
let total = 0;
for (let step = 0; step < n; step++) {
  let u = -1;
  for (let v = 0; v < n; v++) if (!inTree[v] && (u === -1 || best[v] < best[u])) u = v;
  inTree[u] = 1;
  total += best[u];
  const ux = xs[u], uy = ys[u];
  for (let v = 0; v < n; v++) {
    if (inTree[v]) continue;
    const d = Math.abs(ux - xs[v]) + Math.abs(uy - ys[v]);
    if (d < best[v]) best[v] = d;
  }
}
console.log(String(total));
