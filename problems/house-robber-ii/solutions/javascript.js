const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = data.slice(1, 1 + n);

// house robber on the houses lo .. hi-1 standing in a row (totals stay below 2^53)
function bestInRow(lo, hi) {
  let take = 0, skip = 0; // best total with / without the current house
  for (let i = lo; i < hi; i++) {
    const t = skip + a[i];
    skip = Math.max(take, skip);
    take = t;
  }
  return Math.max(take, skip);
}

// the first and the last house are neighbours: leave out one of them
const answer = n === 1 ? a[0] : Math.max(bestInRow(0, n - 1), bestInRow(1, n));
console.log(String(answer));
