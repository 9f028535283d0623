// Wrong: a rolling sum of the character codes stands in for the letter counts, so windows with the
// same sum but other letters ("bc" for "ad") are taken for permutations.
function checkInclusion(s1, s2) {
  const m = s1.length, n = s2.length;
  if (m > n) return false;
  let want = 0, have = 0;
  for (let i = 0; i < m; i++) {
    want += s1.charCodeAt(i);
    have += s2.charCodeAt(i);
  }
  if (want === have) return true;
  for (let i = m; i < n; i++) {
    have += s2.charCodeAt(i) - s2.charCodeAt(i - m);
    if (want === have) return true;
  }
  return false;
}
