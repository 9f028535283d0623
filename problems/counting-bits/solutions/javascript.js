/**
 * @param {number} n
 * @return {number[]}
 */
function countBits(n) {
  // i >> 1 drops the last bit of i and is already done: ans[i] = ans[i >> 1] + (i & 1).
  const ans = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) ans[i] = ans[i >> 1] + (i & 1);
  return ans;
}
