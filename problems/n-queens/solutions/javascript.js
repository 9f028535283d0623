function solveNQueens(n) {
  // backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
  // already attacked, so each row only tries the free squares. The board of a placement is written
  // out when the last row is filled.
  const full = (1 << n) - 1;
  const boards = [];
  const cols = new Array(n).fill(0);
  const rowOf = (c) => '.'.repeat(c) + 'Q' + '.'.repeat(n - 1 - c);
  const place = (r, taken, down, up) => {
    if (r === n) {
      boards.push(cols.map(rowOf));
      return;
    }
    let free = full & ~(taken | down | up);
    while (free) {
      const bit = free & -free;
      free ^= bit;
      cols[r] = 31 - Math.clz32(bit);
      place(r + 1, taken | bit, ((down | bit) << 1) & full, (up | bit) >> 1);
    }
  };
  place(0, 0, 0, 0);
  return boards;
}
