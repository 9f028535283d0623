function permute(nums) {
  // backtracking: fill the positions one by one with a value not used yet. O(n * n!)
  const n = nums.length;
  const result = [];
  const current = [];
  const used = new Array(n).fill(false);
  const place = () => {
    if (current.length === n) {
      result.push(current.slice());
      return;
    }
    for (let i = 0; i < n; i++) {
      if (!used[i]) {
        used[i] = true;
        current.push(nums[i]);
        place();
        current.pop();
        used[i] = false;
      }
    }
  };
  place();
  return result;
}
