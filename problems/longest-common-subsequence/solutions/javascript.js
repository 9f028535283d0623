function longestCommonSubsequence(text1, text2) {
  // prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
  const m = text2.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i < text1.length; i++) {
    const a = text1.charCodeAt(i);
    for (let j = 0; j < m; j++) {
      if (text2.charCodeAt(j) === a) cur[j + 1] = prev[j] + 1;
      else cur[j + 1] = prev[j + 1] > cur[j] ? prev[j + 1] : cur[j];
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}
