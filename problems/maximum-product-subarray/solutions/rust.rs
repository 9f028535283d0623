impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i64 {
        // hi / lo = largest / smallest product of a subarray ending at the current element: a
        // negative number turns the smallest product into the largest one
        let first = nums[0] as i64;
        let (mut hi, mut lo, mut best) = (first, first, first);
        for &v in &nums[1..] {
            let x = v as i64;
            let (a, b) = (hi * x, lo * x);
            hi = x.max(a).max(b);
            lo = x.min(a).min(b);
            best = best.max(hi);
        }
        best
    }
}
