function numIslands(grid) {
  // iterative flood fill with an explicit stack (no recursion)
  const rows = grid.length;
  const cols = grid[0].length;
  const land = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    for (let c = 0; c < cols; c++) if (row.charCodeAt(c) === 49) land[r * cols + c] = 1;
  }
  const stack = new Int32Array(rows * cols);
  let islands = 0;
  for (let start = 0; start < rows * cols; start++) {
    if (!land[start]) continue;
    islands++;
    land[start] = 0;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const cell = stack[--top];
      const r = (cell / cols) | 0;
      const c = cell - r * cols;
      if (r > 0 && land[cell - cols]) { land[cell - cols] = 0; stack[top++] = cell - cols; }
      if (r + 1 < rows && land[cell + cols]) { land[cell + cols] = 0; stack[top++] = cell + cols; }
      if (c > 0 && land[cell - 1]) { land[cell - 1] = 0; stack[top++] = cell - 1; }
      if (c + 1 < cols && land[cell + 1]) { land[cell + 1] = 0; stack[top++] = cell + 1; }
    }
  }
  return islands;
}
