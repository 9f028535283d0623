/**
 * @param {character[][]} board
 * @return {void} Do not return anything, change board itself.
 */
function solve(board) {
  // Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
  // with an explicit stack (a region can be one path through most of the board: no recursion),
  // then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
  const rows = board.length;
  const cols = board[0].length;
  const stack = new Int32Array(rows * cols);
  let top = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const edge = r === 0 || c === 0 || r === rows - 1 || c === cols - 1;
      if (edge && board[r][c] === 'O') {
        board[r][c] = 'S';
        stack[top++] = r * cols + c;
      }
    }
  }
  while (top > 0) {
    const cell = stack[--top];
    const r = (cell / cols) | 0;
    const c = cell - r * cols;
    if (r > 0 && board[r - 1][c] === 'O') { board[r - 1][c] = 'S'; stack[top++] = cell - cols; }
    if (r + 1 < rows && board[r + 1][c] === 'O') { board[r + 1][c] = 'S'; stack[top++] = cell + cols; }
    if (c > 0 && board[r][c - 1] === 'O') { board[r][c - 1] = 'S'; stack[top++] = cell - 1; }
    if (c + 1 < cols && board[r][c + 1] === 'O') { board[r][c + 1] = 'S'; stack[top++] = cell + 1; }
  }
  for (const row of board) {
    for (let c = 0; c < cols; c++) row[c] = row[c] === 'S' ? 'O' : 'X';
  }
}
