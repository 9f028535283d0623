impl Solution {
    pub fn min_sub_array_len(target: i32, nums: Vec<i32>) -> i32 {
        // grow the window to the right; while it reaches the target, record it and drop its left end
        let n = nums.len();
        let mut best = n + 1;
        let mut total: i64 = 0;
        let mut left = 0;
        for right in 0..n {
            total += nums[right] as i64;
            while total >= target as i64 {
                best = best.min(right - left + 1);
                total -= nums[left] as i64;
                left += 1;
            }
        }
        if best > n { 0 } else { best as i32 }
    }
}
