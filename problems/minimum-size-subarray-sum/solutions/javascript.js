function minSubArrayLen(target, nums) {
  // grow the window to the right; while it reaches the target, record it and drop its left end
  const n = nums.length;
  let best = n + 1, total = 0, left = 0;
  for (let right = 0; right < n; right++) {
    total += nums[right];
    while (total >= target) {
      if (right - left + 1 < best) best = right - left + 1;
      total -= nums[left++];
    }
  }
  return best <= n ? best : 0;
}
