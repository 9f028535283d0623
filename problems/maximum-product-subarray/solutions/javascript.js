function maxProduct(nums) {
  // hi / lo = largest / smallest product of a subarray ending at the current element: a negative
  // number turns the smallest product into the largest one (every product stays below 2^53)
  let hi = nums[0], lo = nums[0], best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i];
    const a = hi * x, b = lo * x;
    hi = Math.max(x, a, b);
    lo = Math.min(x, a, b);
    if (hi > best) best = hi;
  }
  // -0 (a negative times zero) would print as 0 anyway, but keep the value clean
  return best === 0 ? 0 : best;
}
