const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const cells = n * n;
// the water rises plot by plot: at[v] is the plot of height v
const at = new Int32Array(cells);
for (let i = 0; i < cells; i++) at[data[1 + i]] = i;
const parent = new Int32Array(cells).fill(-1); // -1: not under water yet
function find(x) {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}
function join(a, b) {
  a = find(a);
  b = find(b);
  if (a !== b) parent[a] = b;
}
let answer = 0;
for (let v = 0; v < cells; v++) {
  const cell = at[v];
  parent[cell] = cell;
  const r = Math.floor(cell / n), c = cell % n;
  if (r > 0 && parent[cell - n] !== -1) join(cell, cell - n);
  if (r < n - 1 && parent[cell + n] !== -1) join(cell, cell + n);
  if (c > 0 && parent[cell - 1] !== -1) join(cell, cell - 1);
  if (c < n - 1 && parent[cell + 1] !== -1) join(cell, cell + 1);
  // both corners under water and in one group: the swimmer can cross
  if (parent[0] !== -1 && parent[cells - 1] !== -1 && find(0) === find(cells - 1)) {
    answer = v;
    break;
  }
}
console.log(String(answer));
