const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = Number(data[0]);
const present = new Set();
for (let i = 1; i <= n; i++) present.add(Number(data[i]));
// count up only from the first number of each run (x - 1 missing): every number is visited at most
// twice, O(n) in all
let best = 0;
for (const x of present) {
  if (!present.has(x - 1)) {
    let y = x + 1;
    while (present.has(y)) y++;
    if (y - x > best) best = y - x;
  }
}
console.log(String(best));
