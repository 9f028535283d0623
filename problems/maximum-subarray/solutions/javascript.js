/**
 * @param {number[]} nums
 * @return {number}
 */
function maxSubArray(nums) {
  // the sums stay below 2^53, so plain numbers are exact
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = current > 0 ? current + nums[i] : nums[i];
    if (current > best) best = current;
  }
  return best;
}
