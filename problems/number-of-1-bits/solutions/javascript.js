const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const q = Number(data[0]);
const out = new Array(q);
for (let i = 0; i < q; i++) {
  // >>> 0 keeps the value an unsigned 32-bit integer (JavaScript's bit operators work on signed 32 bits).
  let x = Number(data[i + 1]) >>> 0;
  let count = 0;
  while (x !== 0) {
    x = (x & (x - 1)) >>> 0; // clears the lowest 1 bit
    count++;
  }
  out[i] = count;
}
process.stdout.write(out.join('\n') + '\n');
