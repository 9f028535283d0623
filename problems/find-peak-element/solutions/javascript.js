const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const n = Number(data[0]);
// a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before the
// end; otherwise mid or something left of it is a peak. O(log n) comparisons.
let lo = 0, hi = n - 1;
while (lo < hi) {
  const mid = (lo + hi) >> 1;
  if (Number(data[1 + mid]) < Number(data[2 + mid])) lo = mid + 1;
  else hi = mid;
}
console.log(String(lo));
