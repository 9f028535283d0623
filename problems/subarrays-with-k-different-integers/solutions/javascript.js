function subarraysWithKDistinct(nums, k) {
  // exactly k = (at most k) - (at most k - 1)
  function atMost(limit) {
    if (limit <= 0) return 0;
    const count = new Map();
    let left = 0, total = 0;
    for (let right = 0; right < nums.length; right++) {
      count.set(nums[right], (count.get(nums[right]) || 0) + 1);
      while (count.size > limit) {
        const y = nums[left++];
        const c = count.get(y) - 1;
        if (c === 0) count.delete(y); else count.set(y, c);
      }
      // every subarray ending at right and starting in [left, right] has at most `limit` values
      total += right - left + 1;
    }
    return total;
  }
  return atMost(k) - atMost(k - 1);
}
