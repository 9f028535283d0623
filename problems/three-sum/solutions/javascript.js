function threeSum(nums) {
  // sort, fix the smallest value, find the other two with two pointers: O(n^2)
  const a = Int32Array.from(nums).sort();
  const n = a.length;
  const res = [];
  for (let i = 0; i < n - 2 && a[i] <= 0; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s < 0) lo++;
      else if (s > 0) hi--;
      else {
        res.push([a[i], a[lo], a[hi]]);
        const vlo = a[lo];
        const vhi = a[hi];
        while (lo < hi && a[lo] === vlo) lo++;
        while (lo < hi && a[hi] === vhi) hi--;
      }
    }
  }
  return res;
}
