const buf = require('fs').readFileSync(0);
let pos = 0;
function next() {
  while (buf[pos] !== 45 && (buf[pos] < 48 || buf[pos] > 57)) pos++;
  let neg = false;
  if (buf[pos] === 45) {
    neg = true;
    pos++;
  }
  let v = 0;
  while (pos < buf.length && buf[pos] >= 48 && buf[pos] <= 57) v = v * 10 + (buf[pos++] - 48);
  return neg ? -v : v;
}

const n = next(), k = next();
const xs = new Int32Array(n), ys = new Int32Array(n), approx = new Float64Array(n), exact = new Array(n).fill(null);
for (let i = 0; i < n; i++) {
  const x = next(), y = next();
  xs[i] = x;
  ys[i] = y;
  // x*x + y*y reaches 2 * 10^18, beyond 2^53 where doubles stop being exact integers: two different
  // distances may round to the same double. Below 2^53 the double is exact; above, it decides only
  // when the distances are far apart, and BigInt settles the close ones.
  approx[i] = x * x + y * y;
}
function exactOf(i) {
  if (exact[i] === null) exact[i] = BigInt(xs[i]) * BigInt(xs[i]) + BigInt(ys[i]) * BigInt(ys[i]);
  return exact[i];
}
const EXACT = 2 ** 53;
const order = new Int32Array(n);
for (let i = 0; i < n; i++) order[i] = i;
order.sort((a, b) => {
  const da = approx[a], db = approx[b];
  // rounding errors stay far below 4096 at 2 * 10^18
  if (da !== db && ((da < EXACT && db < EXACT) || da - db > 4096 || db - da > 4096)) return da - db;
  if (da >= EXACT || db >= EXACT) {
    const ea = exactOf(a), eb = exactOf(b);
    if (ea !== eb) return ea < eb ? -1 : 1;
  }
  return xs[a] - xs[b] || ys[a] - ys[b];
});

// the k closest, written digit by digit into one buffer
const out = Buffer.allocUnsafe(k * 24);
let w = 0;
const digits = new Uint8Array(12);
function put(v) {
  if (v < 0) {
    out[w++] = 45;
    v = -v;
  }
  let d = 0;
  do {
    digits[d++] = 48 + (v % 10);
    v = (v - (v % 10)) / 10;
  } while (v > 0);
  while (d > 0) out[w++] = digits[--d];
}
for (let i = 0; i < k; i++) {
  put(xs[order[i]]);
  out[w++] = 32;
  put(ys[order[i]]);
  out[w++] = 10;
}
process.stdout.write(out.subarray(0, w));
