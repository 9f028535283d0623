function productExceptSelf(nums) {
  const n = nums.length;
  const answer = new Array(n);
  // answer[i] = (product of nums[0..i-1]) * (product of nums[i+1..n-1])
  let prefix = 1;
  for (let i = 0; i < n; i++) {
    answer[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= suffix;
    suffix *= nums[i];
  }
  // avoid -0 (e.g. -3 * 0), which is a different value from 0 for some JSON printers
  for (let i = 0; i < n; i++) if (answer[i] === 0) answer[i] = 0;
  return answer;
}
