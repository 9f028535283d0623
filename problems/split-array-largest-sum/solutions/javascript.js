/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function splitArray(nums, k) {
  // greedy: extend the current part while it stays within limit; count the parts
  // (sums stay below 10^14, exact in a double)
  const fits = (limit) => {
    let parts = 1, current = 0;
    for (const x of nums) {
      current += x;
      if (current > limit) {
        parts++;
        if (parts > k) return false;
        current = x;
      }
    }
    return true;
  };
  // binary search on the answer: the largest part is at least max(nums), at most sum(nums)
  let lo = 0, hi = 0;
  for (const x of nums) {
    if (x > lo) lo = x;
    hi += x;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
