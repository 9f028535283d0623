function myPow(x, n) {
  // binary exponentiation: O(log |n|) multiplications
  if (n < 0) {
    x = 1 / x;
    n = -n;
  }
  let result = 1.0;
  while (n > 0) {
    if (n % 2 === 1) result *= x;
    x *= x;
    n = Math.floor(n / 2);
  }
  return result;
}
