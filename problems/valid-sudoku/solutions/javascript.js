const rows = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
// one bit per digit for each row, each column and each 3x3 box
const rowSeen = new Array(9).fill(0);
const colSeen = new Array(9).fill(0);
const boxSeen = new Array(9).fill(0);
let valid = true;
for (let r = 0; r < 9 && valid; r++) {
  for (let c = 0; c < 9; c++) {
    const ch = rows[r][c];
    if (ch === '.') continue;
    const bit = 1 << (ch.charCodeAt(0) - 48);
    const b = Math.floor(r / 3) * 3 + Math.floor(c / 3);
    if ((rowSeen[r] & bit) || (colSeen[c] & bit) || (boxSeen[b] & bit)) {
      valid = false;
      break;
    }
    rowSeen[r] |= bit;
    colSeen[c] |= bit;
    boxSeen[b] |= bit;
  }
}
console.log(valid ? 'true' : 'false');
