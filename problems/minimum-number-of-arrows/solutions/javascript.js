const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const order = new Array(n);
for (let i = 0; i < n; i++) order[i] = i;
const start = (i) => data[1 + 2 * i];
const end = (i) => data[2 + 2 * i];
// compare with < rather than subtracting: the values are plain doubles here, but the habit
// avoids the overflow that end(a) - end(b) would cause with 32-bit integers
order.sort((a, b) => (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : 0));
// by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
// every balloon that starts at or before it
let arrows = 0;
let last = 0;
for (const i of order) {
  if (arrows === 0 || start(i) > last) {
    arrows++;
    last = end(i);
  }
}
console.log(String(arrows));
