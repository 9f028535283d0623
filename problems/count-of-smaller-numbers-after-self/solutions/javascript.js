/**
 * @param {number[]} nums
 * @return {number[]}
 */
function countSmaller(nums) {
  // Walk from the right end; a Fenwick tree over the ranks of the values counts how many of the
  // values already passed have a smaller rank. O(n log n).
  const n = nums.length;
  const sorted = Int32Array.from(nums).sort();
  const ranks = new Map();
  let size = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) ranks.set(sorted[i], ++size);
  const tree = new Int32Array(size + 1);
  const out = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let r = ranks.get(nums[i]);
    let s = 0;
    for (let j = r - 1; j > 0; j &= j - 1) s += tree[j];
    out[i] = s;
    for (; r <= size; r += r & -r) tree[r]++;
  }
  return out;
}
