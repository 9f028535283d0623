/**
 * @param {number[][]} grid
 * @return {number}
 */
function orangesRotting(grid) {
  // breadth-first search from all rotten oranges at once, one level per minute
  const rows = grid.length;
  const cols = grid[0].length;
  const total = rows * cols;
  const cells = new Uint8Array(total);
  const queue = new Int32Array(total);
  let head = 0, tail = 0, fresh = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = grid[r][c];
      cells[r * cols + c] = v;
      if (v === 1) fresh++;
      else if (v === 2) queue[tail++] = r * cols + c;
    }
  }
  let minutes = 0;
  while (head < tail && fresh > 0) {
    const end = tail;
    while (head < end) {
      const cell = queue[head++];
      const c = cell % cols;
      if (cell >= cols && cells[cell - cols] === 1) { cells[cell - cols] = 2; queue[tail++] = cell - cols; }
      if (cell + cols < total && cells[cell + cols] === 1) { cells[cell + cols] = 2; queue[tail++] = cell + cols; }
      if (c > 0 && cells[cell - 1] === 1) { cells[cell - 1] = 2; queue[tail++] = cell - 1; }
      if (c + 1 < cols && cells[cell + 1] === 1) { cells[cell + 1] = 2; queue[tail++] = cell + 1; }
    }
    fresh -= tail - end;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
}
