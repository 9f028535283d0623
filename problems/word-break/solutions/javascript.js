function wordBreak(s, wordDict) {
  // ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing to
  // cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the lengths
  // that dictionary words have need to be tried.
  const words = new Set(wordDict);
  const lengths = [...new Set(wordDict.map(w => w.length))].sort((a, b) => a - b);
  const n = s.length;
  const ok = new Array(n + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= n; i++) {
    for (const L of lengths) {
      if (L > i) break;
      if (ok[i - L] && words.has(s.slice(i - L, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[n];
}
