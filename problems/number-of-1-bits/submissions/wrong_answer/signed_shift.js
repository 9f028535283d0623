// Mistake (JavaScript): shifts with >> instead of >>>. The bit operators work on signed 32-bit values,
// so a number from 2^31 up turns negative after the first shift and the loop stops early.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const q = Number(data[0]);
const out = [];
for (let i = 1; i <= q; i++) {
  let x = Number(data[i]);
  let count = 0;
  while (x > 0) {
    count += x & 1;
    x >>= 1;
  }
  out.push(count);
}
console.log(out.join('\n'));
