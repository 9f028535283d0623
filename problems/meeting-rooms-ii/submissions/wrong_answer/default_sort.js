// Sorts the times with Array.prototype.sort() and no comparator, which compares them as strings:
// 10 comes before 9.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const starts = [], ends = [];
for (let i = 0; i < n; i++) {
  starts.push(data[1 + 2 * i]);
  ends.push(data[2 + 2 * i]);
}
starts.sort();
ends.sort();
let rooms = 0, best = 0, j = 0;
for (let i = 0; i < n; i++) {
  while (ends[j] <= starts[i]) {
    j++;
    rooms--;
  }
  rooms++;
  best = Math.max(best, rooms);
}
console.log(String(best));
