function topKFrequent(nums, k) {
  const counts = new Map();
  for (const x of nums) counts.set(x, (counts.get(x) || 0) + 1);
  // bucket by frequency: bucket[f] holds the values that occur exactly f times
  const buckets = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, count] of counts) buckets[count].push(value);
  const result = [];
  for (let f = nums.length; f >= 1 && result.length < k; f--) {
    for (const value of buckets[f]) {
      if (result.length === k) break;
      result.push(value);
    }
  }
  return result;
}
