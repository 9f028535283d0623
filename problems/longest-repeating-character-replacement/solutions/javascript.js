function characterReplacement(s, k) {
  // window s[left..right]; it never shrinks below the best length found, so the largest
  // count of one letter (`best`) need not be recomputed when the left end moves
  const count = new Array(26).fill(0);
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s.charCodeAt(right) - 65;
    count[c]++;
    if (count[c] > best) best = count[c];
    if (right - left + 1 - best > k) {
      count[s.charCodeAt(left) - 65]--;
      left++;
    }
  }
  return s.length - left;
}
