impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Breadth-first by layers: `end` closes the run of stones reachable with `jumps` jumps. O(n).
        let (mut jumps, mut end, mut farthest) = (0, 0usize, 0usize);
        for i in 0..nums.len() - 1 {
            farthest = farthest.max(i + nums[i] as usize);
            if i == end {
                jumps += 1;
                end = farthest;
            }
        }
        jumps
    }
}
