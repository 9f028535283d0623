function exist(board, word) {
  // backtracking from every cell: follow the word letter by letter through side neighbours,
  // marking the cells of the current path so that none is used twice
  const rows = board.length;
  const cols = board[0].length;
  // pruning: the board must hold every letter of the word as many times as the word uses it
  const have = new Map();
  for (const row of board) for (const ch of row) have.set(ch, (have.get(ch) || 0) + 1);
  const need = new Map();
  for (const ch of word) need.set(ch, (need.get(ch) || 0) + 1);
  for (const [ch, k] of need) if ((have.get(ch) || 0) < k) return false;
  // start from the end of the word whose letter is rarer on the board: fewer starts
  let w = word;
  if ((have.get(w[0]) || 0) > (have.get(w[w.length - 1]) || 0)) w = [...w].reverse().join('');
  const grid = board.map((row) => row.slice());
  const n = w.length;
  const follow = (r, c, i) => {
    if (grid[r][c] !== w[i]) return false;
    if (i === n - 1) return true;
    grid[r][c] = '#';
    const found = (r > 0 && follow(r - 1, c, i + 1)) ||
      (r + 1 < rows && follow(r + 1, c, i + 1)) ||
      (c > 0 && follow(r, c - 1, i + 1)) ||
      (c + 1 < cols && follow(r, c + 1, i + 1));
    grid[r][c] = w[i];
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (follow(r, c, 0)) return true;
  return false;
}
