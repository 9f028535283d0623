// Mistake: `while (lo < hi)` with an inclusive `hi = m * n - 1`: when the range shrinks to a single
// position, that last candidate is never looked at, so a target found only there is reported missing.
function searchMatrix(matrix, target) {
  const m = matrix.length, n = matrix[0].length;
  let lo = 0, hi = m * n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const value = matrix[Math.floor(mid / n)][mid % n];
    if (value === target) return true;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
