/**
 * @param {number} a
 * @param {number} b
 * @return {number}
 */
function getSum(a, b) {
  // a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
  // JavaScript's bit operators work on signed 32-bit integers, so the carries wrap like an int's.
  while (b !== 0) {
    const carry = (a & b) << 1;
    a ^= b;
    b = carry;
  }
  return a;
}
