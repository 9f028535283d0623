impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i64 {
        let mut best = nums[0] as i64;
        let mut current = nums[0] as i64;
        for &x in &nums[1..] {
            current = if current > 0 { current + x as i64 } else { x as i64 };
            best = best.max(current);
        }
        best
    }
}
