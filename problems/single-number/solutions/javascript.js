/**
 * @param {number[]} nums
 * @return {number}
 */
function singleNumber(nums) {
  // x ^ x == 0 and x ^ 0 == x: every pair cancels out, the lonely value stays.
  let acc = 0;
  for (let i = 0; i < nums.length; i++) acc ^= nums[i];
  return acc;
}
