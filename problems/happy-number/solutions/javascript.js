/**
 * @param {number} n
 * @return {boolean}
 */
function isHappy(n) {
  // follow the sequence until it reaches 1 or repeats a number (then it loops forever)
  const seen = new Set();
  while (n !== 1 && !seen.has(n)) {
    seen.add(n);
    let total = 0;
    while (n > 0) {
      const d = n % 10;
      total += d * d;
      n = Math.floor(n / 10);
    }
    n = total;
  }
  return n === 1;
}
