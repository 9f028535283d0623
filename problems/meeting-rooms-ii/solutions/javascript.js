const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const starts = new Float64Array(n);
const ends = new Float64Array(n);
for (let i = 0; i < n; i++) {
  starts[i] = data[1 + 2 * i];
  ends[i] = data[2 + 2 * i];
}
starts.sort(); // typed arrays sort numerically
ends.sort();
let rooms = 0, best = 0, j = 0;
for (let i = 0; i < n; i++) {
  while (ends[j] <= starts[i]) {
    j++;
    rooms--;
  }
  rooms++;
  if (rooms > best) best = rooms;
}
console.log(String(best));
