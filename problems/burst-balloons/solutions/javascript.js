function maxCoins(nums) {
  // v = the balloons with a balloon worth 1 added at each end (never burst)
  const v = [1, ...nums, 1];
  const n = v.length;
  // best[l * n + r] = most coins from bursting every balloon strictly between l and r while l and r
  // are still there
  const best = new Int32Array(n * n);
  for (let gap = 2; gap < n; gap++) {
    for (let l = 0; l + gap < n; l++) {
      const r = l + gap;
      const w = v[l] * v[r];
      let b = 0;
      // k = the balloon between l and r burst LAST: its neighbours are then l and r
      for (let k = l + 1; k < r; k++) {
        const c = best[l * n + k] + best[k * n + r] + w * v[k];
        if (c > b) b = c;
      }
      best[l * n + r] = b;
    }
  }
  return best[n - 1];
}
