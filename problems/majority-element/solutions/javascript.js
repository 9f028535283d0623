/**
 * @param {number[]} nums
 * @return {number|null}
 */
function majority(nums) {
  // Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
  // is the last candidate left. Any array leaves a candidate, so count it to be sure.
  let candidate = 0;
  let votes = 0;
  for (const x of nums) {
    if (votes === 0) {
      candidate = x;
      votes = 1;
    } else if (x === candidate) {
      votes++;
    } else {
      votes--;
    }
  }
  let count = 0;
  for (const x of nums) if (x === candidate) count++;
  return 2 * count > nums.length ? candidate : null;
}
