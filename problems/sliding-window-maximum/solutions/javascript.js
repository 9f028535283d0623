function maxSlidingWindow(nums, k) {
  // dq[head..tail) holds indices of the window whose values strictly decrease; the front is the maximum
  const n = nums.length;
  const dq = new Int32Array(n);
  let head = 0, tail = 0;
  const out = new Array(n - k + 1);
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    while (tail > head && nums[dq[tail - 1]] <= x) tail--;
    dq[tail++] = i;
    if (dq[head] <= i - k) head++;
    if (i >= k - 1) out[i - k + 1] = nums[dq[head]];
  }
  return out;
}
