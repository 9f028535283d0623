/**
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
function findMedianSortedArrays(nums1, nums2) {
  // binary search on how many elements the lower half takes from the shorter array
  const [a, b] = nums1.length <= nums2.length ? [nums1, nums2] : [nums2, nums1];
  const m = a.length, n = b.length;
  const half = (m + n + 1) >> 1;
  let lo = 0, hi = m;
  for (;;) {
    const i = (lo + hi) >> 1; // taken from a
    const j = half - i; // taken from b, 0 <= j <= n because m <= n
    const aLeft = i > 0 ? a[i - 1] : -Infinity;
    const aRight = i < m ? a[i] : Infinity;
    const bLeft = j > 0 ? b[j - 1] : -Infinity;
    const bRight = j < n ? b[j] : Infinity;
    if (aLeft > bRight) hi = i - 1; // took too many from a
    else if (bLeft > aRight) lo = i + 1; // took too few from a
    else {
      const left = Math.max(aLeft, bLeft);
      if ((m + n) % 2 === 1) return left;
      return (left + Math.min(aRight, bRight)) / 2;
    }
  }
}
