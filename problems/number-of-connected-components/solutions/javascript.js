// union-find with path halving and union by size; each successful union removes one component
const data = require('fs').readFileSync(0);
let pos = 0;
function next() {
  while (data[pos] < 48) pos++;
  let x = 0;
  while (pos < data.length && data[pos] >= 48) x = x * 10 + data[pos++] - 48;
  return x;
}
const n = next(), m = next();
const parent = new Int32Array(n);
const size = new Int32Array(n).fill(1);
for (let i = 0; i < n; i++) parent[i] = i;
let components = n;
for (let i = 0; i < m; i++) {
  let a = next(), b = next();
  while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; }
  while (parent[b] !== b) { parent[b] = parent[parent[b]]; b = parent[b]; }
  if (a !== b) {
    if (size[a] < size[b]) { const t = a; a = b; b = t; }
    parent[b] = a;
    size[a] += size[b];
    components--;
  }
}
process.stdout.write(components + "\n");
