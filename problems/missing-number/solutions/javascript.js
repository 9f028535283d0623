/**
 * @param {number[]} nums
 * @return {number}
 */
function missingNumber(nums) {
  // XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
  let acc = nums.length;
  for (let i = 0; i < nums.length; i++) acc ^= i ^ nums[i];
  return acc;
}
