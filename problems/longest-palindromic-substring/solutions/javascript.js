// Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
// length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the letters
// on both sides match, and keep the longest. A later centre replaces the best only when it is
// strictly longer, so ties keep the leftmost palindrome.
const s = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean)[0];
const n = s.length;
let bestStart = 0, bestLen = 1;
for (let centre = 0; centre < 2 * n - 1; centre++) {
  let lo = centre >> 1;
  let hi = lo + (centre & 1);
  while (lo >= 0 && hi < n && s.charCodeAt(lo) === s.charCodeAt(hi)) {
    lo--;
    hi++;
  }
  if (hi - lo - 1 > bestLen) {
    bestStart = lo + 1;
    bestLen = hi - lo - 1;
  }
}
process.stdout.write(s.slice(bestStart, bestStart + bestLen) + '\n');
