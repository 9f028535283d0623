function minWindow(s, t) {
  const need = new Int32Array(128);
  for (let i = 0; i < t.length; i++) need[t.charCodeAt(i)]++;
  let missing = t.length;  // characters of t not yet covered by the window
  let bestStart = 0, bestLen = s.length + 1;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const code = s.charCodeAt(right);
    if (need[code] > 0) missing--;
    need[code]--;
    while (missing === 0) {
      // window s[left..right] is valid; record it, then shrink from the left
      if (right - left + 1 < bestLen) {  // strict: keeps the leftmost minimum
        bestStart = left;
        bestLen = right - left + 1;
      }
      const lcode = s.charCodeAt(left);
      need[lcode]++;
      if (need[lcode] > 0) missing++;
      left++;
    }
  }
  return bestLen <= s.length ? s.substring(bestStart, bestStart + bestLen) : "";
}
