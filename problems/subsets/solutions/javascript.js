function subsets(nums) {
  // sort, then for each value add a copy of every subset so far with the value appended:
  // the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
  const sorted = [...nums].sort((a, b) => a - b);
  const result = [[]];
  for (const x of sorted) {
    const count = result.length;
    for (let i = 0; i < count; i++) {
      const s = result[i].slice();
      s.push(x);
      result.push(s);
    }
  }
  return result;
}
