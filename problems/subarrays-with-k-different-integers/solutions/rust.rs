impl Solution {
    pub fn subarrays_with_k_distinct(nums: Vec<i32>, k: i32) -> i64 {
        // exactly k = (at most k) - (at most k - 1)
        Self::at_most(&nums, k as usize) - Self::at_most(&nums, k as usize - 1)
    }

    fn at_most(nums: &[i32], limit: usize) -> i64 {
        if limit == 0 {
            return 0;
        }
        let mut count: HashMap<i32, usize> = HashMap::with_capacity(nums.len());
        let mut left = 0;
        let mut total: i64 = 0;
        for right in 0..nums.len() {
            *count.entry(nums[right]).or_insert(0) += 1;
            while count.len() > limit {
                let y = nums[left];
                left += 1;
                let c = count.get_mut(&y).unwrap();
                *c -= 1;
                if *c == 0 {
                    count.remove(&y);
                }
            }
            // every subarray ending at right and starting in [left, right] has at most `limit` values
            total += (right - left + 1) as i64;
        }
        total
    }
}
