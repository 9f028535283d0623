function minEatingSpeed(piles, h) {
  const hours = (k) => {
    let total = 0;
    for (const p of piles) total += Math.ceil(p / k);
    return total;
  };
  let lo = 1, hi = Math.max(...piles);  // speed max(piles) always works since h >= piles.length
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hours(mid) <= h) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
