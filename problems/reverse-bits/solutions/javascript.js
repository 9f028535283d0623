/**
 * @param {number} n
 * @return {number}
 */
function reverseBits(n) {
  // 32 steps exactly: the lowest bit of n goes onto the end of the answer. The bit operators work on
  // signed 32-bit values; >>> 0 turns the result back into an unsigned one.
  let res = 0;
  for (let i = 0; i < 32; i++) {
    res = ((res << 1) | (n & 1)) >>> 0;
    n >>>= 1;
  }
  return res;
}
