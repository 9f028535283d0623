function checkInclusion(s1, s2) {
  const m = s1.length, n = s2.length;
  if (m > n) return false;
  // diff[c] = (count of c in s1) - (count of c in the window of s2); `off` letters have diff != 0
  const diff = new Array(26).fill(0);
  for (let i = 0; i < m; i++) {
    diff[s1.charCodeAt(i) - 97]++;
    diff[s2.charCodeAt(i) - 97]--;
  }
  let off = 0;
  for (const d of diff) if (d !== 0) off++;
  if (off === 0) return true;
  for (let i = m; i < n; i++) {
    const a = s2.charCodeAt(i) - 97; // enters the window
    if (diff[a] === 0) off++;
    diff[a]--;
    if (diff[a] === 0) off--;
    const b = s2.charCodeAt(i - m) - 97; // leaves the window
    if (diff[b] === 0) off++;
    diff[b]++;
    if (diff[b] === 0) off--;
    if (off === 0) return true;
  }
  return false;
}
