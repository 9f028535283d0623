function partition(s) {
  // pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next piece
  // starts where the last one ended and must be a palindrome, so every branch ends in an answer
  const n = s.length;
  const pal = Array.from({ length: n }, () => new Array(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) {
      pal[i][j] = s[i] === s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    }
  }
  const result = [];
  const pieces = [];
  const cut = (start) => {
    if (start === n) {
      result.push(pieces.slice());
      return;
    }
    for (let end = start; end < n; end++) {
      if (pal[start][end]) {
        pieces.push(s.slice(start, end + 1));
        cut(end + 1);
        pieces.pop();
      }
    }
  };
  cut(0);
  return result;
}
