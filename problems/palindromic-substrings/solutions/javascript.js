function countSubstrings(s) {
  // Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
  // length). From each of the 2n - 1 centres, grow outwards while the letters on both sides
  // match: each step outwards is one more palindrome around that centre.
  const n = s.length;
  let count = 0;
  for (let centre = 0; centre < 2 * n - 1; centre++) {
    let lo = centre >> 1;
    let hi = lo + (centre & 1);
    while (lo >= 0 && hi < n && s.charCodeAt(lo) === s.charCodeAt(hi)) {
      count++;
      lo--;
      hi++;
    }
  }
  return count;
}
