const text = require('fs').readFileSync(0, 'latin1').toLowerCase();
const counts = new Map();
for (const w of text.match(/[a-z]+/g) || []) counts.set(w, (counts.get(w) || 0) + 1);

// is (w1, c1) ranked before (w2, c2)? higher count first, then alphabetical
const before = (w1, c1, w2, c2) => c1 > c2 || (c1 === c2 && w1 < w2);

// keep the three best entries in one pass instead of sorting all words
const top = [];
for (const [w, c] of counts) {
  let i = top.length;
  while (i > 0 && before(w, c, top[i - 1][0], top[i - 1][1])) i--;
  if (i < 3) {
    top.splice(i, 0, [w, c]);
    if (top.length > 3) top.pop();
  }
}
process.stdout.write(top.map(([w, c]) => `${w} ${c}\n`).join(''));
