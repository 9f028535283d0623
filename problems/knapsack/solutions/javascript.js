const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((x) => x.length > 0).map(Number);
const n = data[0], cap = data[1];
// dp[j] = best value with total weight at most j; values stay below 2^53, so doubles are exact
const dp = new Float64Array(cap + 1);
for (let i = 0; i < n; i++) {
  const w = data[2 + 2 * i], v = data[3 + 2 * i];
  // iterate j downwards so that each item is used at most once
  for (let j = cap; j >= w; j--) {
    const cand = dp[j - w] + v;
    if (cand > dp[j]) dp[j] = cand;
  }
}
process.stdout.write(String(dp[cap]) + '\n');
