function findWords(board, words) {
  // Put the words in a prefix tree (trie), then walk every path of the board from every cell
  // while the letters read so far are the prefix of some word. A word found is taken out of the
  // trie (so it is reported once), and a node left without words is cut off its parent.
  // The trie is kept in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is
  // the root), word[node] the index of the word ending there (-1: none), count[node] the number
  // of words still to find at or below the node.
  let letters = 1;
  for (const w of words) letters += w.length;
  const next = new Int32Array(letters * 26);
  const word = new Int32Array(letters).fill(-1);
  const count = new Int32Array(letters);
  let size = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let node = 0;
    count[0]++;
    for (let j = 0; j < w.length; j++) {
      const slot = node * 26 + w.charCodeAt(j) - 97;
      if (next[slot] === 0) next[slot] = size++;
      node = next[slot];
      count[node]++;
    }
    word[node] = i;
  }
  const rows = board.length, cols = board[0].length;
  const grid = board.map(row => row.map(ch => ch.charCodeAt(0) - 97));
  const found = [];
  const dr = [-1, 1, 0, 0], dc = [0, 0, -1, 1];

  function dfs(r, c, node) {
    // node: the trie node of the letters read up to and including cell (r, c); returns the
    // number of words found at or below it
    let got = 0;
    if (word[node] >= 0) {
      found.push(words[word[node]]);
      word[node] = -1;
      got = 1;
    }
    const letter = grid[r][c];
    grid[r][c] = -1;
    for (let d = 0; d < 4 && count[node] > got; d++) {
      const nr = r + dr[d], nc = c + dc[d];
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] < 0) continue;
      const slot = node * 26 + grid[nr][nc];
      const child = next[slot];
      if (child === 0) continue;
      got += dfs(nr, nc, child);
      if (count[child] === 0) next[slot] = 0;
    }
    grid[r][c] = letter;
    count[node] -= got;
    return got;
  }

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const child = next[grid[r][c]];
      if (child === 0) continue;
      count[0] -= dfs(r, c, child);
      if (count[child] === 0) next[grid[r][c]] = 0;
    }
  }
  found.sort();
  return found;
}
