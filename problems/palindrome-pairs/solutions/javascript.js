function palindromePairs(words) {
  // Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
  // - If right is a palindrome and some other word is left reversed, then w + that word is a
  //   palindrome: pair [i, k].
  // - If left is a palindrome and some other word is right reversed, then that word + w is a
  //   palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair (k + w
  //   with k the whole of w reversed) is already found from k's side.
  const index = new Map();
  words.forEach((w, i) => index.set(w, i));
  const isPal = (s, lo, hi) => {      // s[lo..hi) reads the same both ways
    for (hi--; lo < hi; lo++, hi--) if (s.charCodeAt(lo) !== s.charCodeAt(hi)) return false;
    return true;
  };
  const pairs = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const n = w.length;
    const rw = w.split('').reverse().join('');
    for (let j = 0; j <= n; j++) {
      // left = w[0..j), reversed: rw[n-j..n); right = w[j..n), reversed: rw[0..n-j)
      let k = index.get(rw.slice(n - j));
      if (k !== undefined && k !== i && isPal(w, j, n)) pairs.push([i, k]);
      if (j > 0) {
        k = index.get(rw.slice(0, n - j));
        if (k !== undefined && k !== i && isPal(w, 0, j)) pairs.push([k, i]);
      }
    }
  }
  return pairs;
}
