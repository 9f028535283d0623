const data = require('fs').readFileSync(0, 'utf8');
let pos = 0;
function nextInt() {
  while (data.charCodeAt(pos) < 48) pos++;
  let x = 0;
  while (pos < data.length) {
    const c = data.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    x = x * 10 + (c - 48);
    pos++;
  }
  return x;
}
const n = nextInt();
const h = new Float64Array(n + 1); // heights up to 10^9, areas up to 2 * 10^14: exact in doubles
for (let i = 0; i < n; i++) h[i] = nextInt();
h[n] = 0; // a final bar of height 0 empties the stack
// stack of indices with increasing heights
const stack = new Int32Array(n + 1);
let top = 0;
let best = 0;
for (let i = 0; i <= n; i++) {
  const x = h[i];
  while (top > 0 && h[stack[top - 1]] >= x) {
    const height = h[stack[--top]];
    const left = top > 0 ? stack[top - 1] : -1;
    const area = height * (i - left - 1);
    if (area > best) best = area;
  }
  stack[top++] = i;
}
console.log(String(best));
