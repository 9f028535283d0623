const rows = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const grid = new Array(81).fill(0);
const rowM = new Array(9).fill(0), colM = new Array(9).fill(0), boxM = new Array(9).fill(0);
const boxOf = [];
const empty = [];
for (let p = 0; p < 81; p++) {
  boxOf.push(Math.floor(p / 27) * 3 + Math.floor((p % 9) / 3));
  const ch = rows[Math.floor(p / 9)][p % 9];
  if (ch === '.') {
    empty.push(p);
  } else {
    grid[p] = ch.charCodeAt(0) - 48;
    const bit = 1 << grid[p];
    rowM[Math.floor(p / 9)] |= bit;
    colM[p % 9] |= bit;
    boxM[boxOf[p]] |= bit;
  }
}
const FULL = 0x3fe; // bits 1..9
function popcount(m) {
  let k = 0;
  while (m) {
    m &= m - 1;
    k++;
  }
  return k;
}
// iterative backtracking; each step fills the empty cell with the fewest candidates
const stack = []; // [cell, candidates still to try]
const n = empty.length;
let filled = 0;
while (filled < n) {
  let bestI = -1, bestCount = 10, bestMask = 0;
  for (let i = filled; i < n; i++) {
    const p = empty[i];
    const m = FULL & ~(rowM[(p / 9) | 0] | colM[p % 9] | boxM[boxOf[p]]);
    const k = popcount(m);
    if (k < bestCount) {
      bestI = i;
      bestCount = k;
      bestMask = m;
      if (k <= 1) break;
    }
  }
  const t = empty[filled];
  empty[filled] = empty[bestI];
  empty[bestI] = t;
  let p = empty[filled], m = bestMask;
  for (;;) {
    if (m) {
      const bit = m & -m;
      m ^= bit;
      grid[p] = 31 - Math.clz32(bit);
      rowM[(p / 9) | 0] |= bit;
      colM[p % 9] |= bit;
      boxM[boxOf[p]] |= bit;
      stack.push([p, m]);
      filled++;
      break;
    }
    // no candidate left: undo the previous choice and try its next candidate
    [p, m] = stack.pop();
    const bit = 1 << grid[p];
    grid[p] = 0;
    rowM[(p / 9) | 0] ^= bit;
    colM[p % 9] ^= bit;
    boxM[boxOf[p]] ^= bit;
    filled--;
  }
}
const out = [];
for (let r = 0; r < 9; r++) out.push(grid.slice(r * 9, r * 9 + 9).join(''));
console.log(out.join('\n'));
