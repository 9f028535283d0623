// Correct but slow: for every position, count the smaller values to its right one by one:
// n * (n - 1) / 2 comparisons, 5 * 10^9 when n = 100000.
/**
 * @param {number[]} nums
 * @return {number[]}
 */
function countSmaller(nums) {
  const n = nums.length;
  const out = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = i + 1; j < n; j++) if (nums[j] < nums[i]) c++;
    out[i] = c;
  }
  return out;
}
