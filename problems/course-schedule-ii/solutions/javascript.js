const data = require('fs').readFileSync(0);
let pos = 0;
function nextInt() {
  while (data[pos] < 48) pos++;  // skip whitespace (the input has no negative numbers)
  let x = 0;
  while (pos < data.length && data[pos] >= 48) x = x * 10 + (data[pos++] - 48);
  return x;
}

const n = nextInt(), m = nextInt();
const ea = new Int32Array(m), eb = new Int32Array(m);
const start = new Int32Array(n + 1);  // the courses that need b are next[start[b] .. start[b + 1])
const missing = new Int32Array(n);    // prerequisites of a course not taken yet
for (let i = 0; i < m; i++) {
  ea[i] = nextInt(); eb[i] = nextInt();
  start[eb[i] + 1]++;
  missing[ea[i]]++;
}
for (let i = 0; i < n; i++) start[i + 1] += start[i];
const fill = start.slice(0, n);
const next = new Int32Array(m);
for (let i = 0; i < m; i++) next[fill[eb[i]]++] = ea[i];

// take courses whose prerequisites are all taken; taking one may free others
const order = new Int32Array(n);
let tail = 0;
for (let c = 0; c < n; c++) if (missing[c] === 0) order[tail++] = c;
for (let head = 0; head < tail; head++) {
  const c = order[head];
  for (let k = start[c]; k < start[c + 1]; k++) {
    const v = next[k];
    if (--missing[v] === 0) order[tail++] = v;
  }
}
process.stdout.write(tail < n ? 'IMPOSSIBLE\n' : order.join(' ') + '\n');
