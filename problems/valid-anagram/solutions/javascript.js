function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const count = new Int32Array(26);
  for (let i = 0; i < s.length; i++) {
    count[s.charCodeAt(i) - 97]++;
    count[t.charCodeAt(i) - 97]--;
  }
  for (let k = 0; k < 26; k++) if (count[k] !== 0) return false;
  return true;
}
