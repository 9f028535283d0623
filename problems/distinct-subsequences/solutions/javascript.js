function numDistinct(s, t) {
  const m = t.length;
  // ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
  // (every count stays below 2^53, so doubles are exact)
  const ways = new Array(m + 1).fill(0);
  ways[0] = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // right to left, so that ways[j - 1] still counts the part of s before this letter
    for (let j = m; j >= 1; j--) {
      if (t.charCodeAt(j - 1) === c) ways[j] += ways[j - 1];
    }
  }
  return ways[m];
}
