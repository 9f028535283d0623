function lengthOfLongestSubstring(s) {
  const last = new Int32Array(128).fill(-1); // character code -> last index where it was seen
  let best = 0;
  let start = 0; // the window s[start..i] has no repeated character
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (last[c] >= start) start = last[c] + 1;
    last[c] = i;
    if (i - start + 1 > best) best = i - start + 1;
  }
  return best;
}
