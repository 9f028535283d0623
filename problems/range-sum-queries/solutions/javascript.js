const data = require('fs').readFileSync(0, 'utf8');
let pos = 0;
function nextInt() {
  let c = data.charCodeAt(pos);
  while (c !== 45 && (c < 48 || c > 57)) c = data.charCodeAt(++pos);  // skip to a digit or '-'
  let neg = false;
  if (c === 45) { neg = true; c = data.charCodeAt(++pos); }
  let x = 0;
  while (c >= 48 && c <= 57) { x = x * 10 + (c - 48); c = data.charCodeAt(++pos); }
  return neg ? -x : x;
}
const n = nextInt(), q = nextInt();
// prefix[i] = a_1 + ... + a_i; |prefix| <= 1e14 < 2^53, so doubles are exact
const prefix = new Float64Array(n + 1);
for (let i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + nextInt();
const out = new Array(q);
for (let i = 0; i < q; i++) {
  const l = nextInt(), r = nextInt();
  out[i] = prefix[r] - prefix[l - 1];
}
process.stdout.write(out.join('\n') + '\n');
