function containsDuplicate(nums) {
  // remember every value seen; a value seen before is a repeat
  const seen = new Set();
  for (const x of nums) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}
