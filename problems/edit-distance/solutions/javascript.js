function minDistance(word1, word2) {
  const n = word1.length, m = word2.length;
  // prev[j] = distance between the first i-1 characters of word1 and the first j of word2
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const c1 = word1.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      if (c1 === word2.charCodeAt(j - 1)) cur[j] = prev[j - 1];
      else cur[j] = 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}
