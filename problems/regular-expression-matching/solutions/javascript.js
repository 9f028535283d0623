function isMatch(s, p) {
  const n = s.length;
  // the pattern as tokens: chars[t] with starred[t]
  const chars = [], starred = [];
  for (const c of p) {
    if (c === '*') starred[starred.length - 1] = true;
    else { chars.push(c); starred.push(false); }
  }
  // cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  cur[n] = 1;
  for (let t = chars.length - 1; t >= 0; t--) {
    const c = chars[t];
    if (starred[t]) {
      next[n] = cur[n];
      for (let i = n - 1; i >= 0; i--) {
        // use the starred token zero times, or once more
        next[i] = cur[i] || ((c === '.' || s[i] === c) && next[i + 1]) ? 1 : 0;
      }
    } else {
      next[n] = 0;
      for (let i = 0; i < n; i++) next[i] = (c === '.' || s[i] === c) && cur[i + 1] ? 1 : 0;
    }
    [cur, next] = [next, cur];
  }
  return cur[0] === 1;
}
