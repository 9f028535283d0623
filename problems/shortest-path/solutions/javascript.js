const data = require('fs').readFileSync(0, 'utf8');
let pos = 0;
function nextInt() {
  while (data.charCodeAt(pos) < 48) pos++;  // skip whitespace (no negative numbers in the input)
  let x = 0;
  for (let c = data.charCodeAt(pos); c >= 48 && c <= 57; c = data.charCodeAt(++pos)) x = x * 10 + (c - 48);
  return x;
}

const n = nextInt(), m = nextInt(), s = nextInt();
// adjacency in compressed (CSR) form
const eu = new Int32Array(m), ev = new Int32Array(m), ew = new Float64Array(m);
const start = new Int32Array(n + 2);
for (let i = 0; i < m; i++) {
  eu[i] = nextInt(); ev[i] = nextInt(); ew[i] = nextInt();
  start[eu[i] + 1]++;
}
for (let i = 1; i <= n + 1; i++) start[i] += start[i - 1];
const fill = start.slice();
const to = new Int32Array(m), wt = new Float64Array(m);
for (let i = 0; i < m; i++) {
  const k = fill[eu[i]]++;
  to[k] = ev[i];
  wt[k] = ew[i];
}

// Dijkstra with a binary min-heap of (distance, node) and lazy deletion; distances < 2^53
const dist = new Float64Array(n + 1).fill(Infinity);
let hd = [], hn = [];
function push(d, u) {
  let i = hd.length;
  hd.push(d); hn.push(u);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (hd[p] <= d) break;
    hd[i] = hd[p]; hn[i] = hn[p];
    i = p;
  }
  hd[i] = d; hn[i] = u;
}
function pop() {
  const lastD = hd.pop(), lastN = hn.pop();
  const size = hd.length;
  if (size === 0) return;
  let i = 0;
  while (true) {
    let c = 2 * i + 1;
    if (c >= size) break;
    if (c + 1 < size && hd[c + 1] < hd[c]) c++;
    if (hd[c] >= lastD) break;
    hd[i] = hd[c]; hn[i] = hn[c];
    i = c;
  }
  hd[i] = lastD; hn[i] = lastN;
}

dist[s] = 0;
push(0, s);
while (hd.length > 0) {
  const d = hd[0], u = hn[0];
  pop();
  if (d > dist[u]) continue;
  for (let k = start[u]; k < start[u + 1]; k++) {
    const v = to[k], nd = d + wt[k];
    if (nd < dist[v]) {
      dist[v] = nd;
      push(nd, v);
    }
  }
}
const out = new Array(n);
for (let i = 1; i <= n; i++) out[i - 1] = dist[i] === Infinity ? '-1' : String(dist[i]);
process.stdout.write(out.join(' ') + '\n');
