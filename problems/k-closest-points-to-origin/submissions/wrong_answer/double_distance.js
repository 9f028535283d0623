// Mistake: the squared distance is a JavaScript number (a double). Above 2^53 it is rounded, so two
// points whose squared distances differ by a little near 10^18 compare as equal, and the tie rule
// (by x) then puts the farther one first.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], k = data[1];
const pts = [];
for (let i = 0; i < n; i++) {
  const x = data[2 + 2 * i], y = data[3 + 2 * i];
  pts.push([x * x + y * y, x, y]);
}
pts.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
const out = [];
for (let i = 0; i < k; i++) out.push(pts[i][1] + ' ' + pts[i][2]);
console.log(out.join('\n'));
