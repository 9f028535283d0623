function rob(nums) {
  // take = best total whose last chosen house is the current one; skip = best total without it
  let take = 0, skip = 0;
  for (const x of nums) {
    const t = skip + x;
    skip = Math.max(take, skip);
    take = t;
  }
  return Math.max(take, skip);
}
