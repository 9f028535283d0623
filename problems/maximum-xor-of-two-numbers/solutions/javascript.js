function findMaximumXOR(input) {
  // The numbers are taken in sorted order: neighbours then walk almost the same paths, which
  // keeps the trie's memory accesses close together (much faster than a random order).
  const nums = Int32Array.from(input).sort();
  // A binary trie of the numbers' 31 bits, from the top bit down, in flat typed arrays (child[2k]
  // and child[2k+1] are node k's children, 0: none; node 0 is the root). Each number, before it
  // is inserted, walks down the trie always trying the opposite bit: that finds the number
  // already inserted whose XOR with it is largest.
  const n = nums.length;
  const child = new Int32Array(2 * (31 * n + 1));
  let size = 1;
  let best = 0;
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    if (i > 0) {
      let node = 0, cur = 0;
      for (let b = 30; b >= 0; b--) {
        const bit = (x >> b) & 1;
        const other = child[2 * node + (bit ^ 1)];
        if (other !== 0) {
          cur |= 1 << b;
          node = other;
        } else {
          node = child[2 * node + bit];
        }
      }
      if (cur > best) best = cur;
    }
    let node = 0;
    for (let b = 30; b >= 0; b--) {
      const slot = 2 * node + ((x >> b) & 1);
      if (child[slot] === 0) child[slot] = size++;
      node = child[slot];
    }
  }
  return best;
}
