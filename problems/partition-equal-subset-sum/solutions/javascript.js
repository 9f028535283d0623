function canPartition(nums) {
  let total = 0;
  for (const x of nums) total += x;
  if (total % 2 === 1) return false;
  const target = total / 2;
  // reach[s] = 1 when some of the numbers seen so far add up to s
  const reach = new Uint8Array(target + 1);
  reach[0] = 1;
  for (const x of nums) {
    // downwards, so that each number is used at most once
    for (let s = target; s >= x; s--) {
      if (reach[s - x]) reach[s] = 1;
    }
  }
  return reach[target] === 1;
}
