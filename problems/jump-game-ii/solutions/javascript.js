/**
 * @param {number[]} nums
 * @return {number}
 */
function jump(nums) {
  // Breadth-first by layers: `end` closes the run of stones reachable with `jumps` jumps. O(n).
  let jumps = 0, end = 0, farthest = 0;
  for (let i = 0; i < nums.length - 1; i++) {
    farthest = Math.max(farthest, i + nums[i]);
    if (i === end) {
      jumps++;
      end = farthest;
    }
  }
  return jumps;
}
