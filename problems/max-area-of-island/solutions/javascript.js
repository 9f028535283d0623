/**
 * @param {number[][]} grid
 * @return {number}
 */
function maxAreaOfIsland(grid) {
  // iterative flood fill with an explicit stack (an island can be a path of 500000 cells)
  const rows = grid.length;
  const cols = grid[0].length;
  const total = rows * cols;
  const land = new Uint8Array(total);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < cols; c++) if (row[c] === 1) land[r * cols + c] = 1;
  }
  const stack = new Int32Array(total);
  let best = 0;
  for (let start = 0; start < total; start++) {
    if (!land[start]) continue;
    land[start] = 0;
    let top = 0, size = 0;
    stack[top++] = start;
    while (top > 0) {
      const cell = stack[--top];
      size++;
      const c = cell % cols;
      if (cell >= cols && land[cell - cols]) { land[cell - cols] = 0; stack[top++] = cell - cols; }
      if (cell + cols < total && land[cell + cols]) { land[cell + cols] = 0; stack[top++] = cell + cols; }
      if (c > 0 && land[cell - 1]) { land[cell - 1] = 0; stack[top++] = cell - 1; }
      if (c + 1 < cols && land[cell + 1]) { land[cell + 1] = 0; stack[top++] = cell + 1; }
    }
    if (size > best) best = size;
  }
  return best;
}
