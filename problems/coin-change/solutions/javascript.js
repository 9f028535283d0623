function coinChange(coins, amount) {
  // dp[a] = fewest coins that make a (amount + 1 means impossible)
  const inf = amount + 1;
  const dp = new Int32Array(amount + 1).fill(inf);
  dp[0] = 0;
  for (const c of coins) {
    if (c > amount) continue;
    for (let a = c; a <= amount; a++) {
      const v = dp[a - c] + 1;
      if (v < dp[a]) dp[a] = v;
    }
  }
  return dp[amount] === inf ? -1 : dp[amount];
}
