/**
 * @param {number[]} nums
 * @return {number}
 */
function findMin(nums) {
  // binary search for the drop: nums[hi] is always on the minimum's side of the rotation
  let lo = 0, hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] > nums[hi]) lo = mid + 1; // the drop is after mid
    else hi = mid; // nums[mid..hi] is sorted: the minimum is at mid or before
  }
  return nums[lo];
}
