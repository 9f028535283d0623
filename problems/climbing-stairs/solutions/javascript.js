function climbStairs(n) {
  // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values
  let a = 1; // ways(0)
  let b = 1; // ways(1)
  for (let i = 2; i <= n; i++) {
    const c = a + b;
    a = b;
    b = c;
  }
  return b;
}
