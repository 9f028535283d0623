// Wrong: the recurrence forgets that the previous house may be skipped too: best[i] is always
// nums[i] plus best[i - 2], so a plan that skips two houses in a row is never built.
function rob(nums) {
  const n = nums.length;
  const best = new Array(n).fill(0);
  for (let i = 0; i < n; i++) best[i] = nums[i] + (i >= 2 ? best[i - 2] : 0);
  return n === 1 ? best[0] : Math.max(best[n - 1], best[n - 2]);
}
