impl Solution {
    pub fn split_array(nums: Vec<i32>, k: i32) -> i64 {
        // greedy: extend the current part while it stays within limit; count the parts
        let fits = |limit: i64| -> bool {
            let (mut parts, mut current) = (1i32, 0i64);
            for &x in &nums {
                current += x as i64;
                if current > limit {
                    parts += 1;
                    if parts > k {
                        return false;
                    }
                    current = x as i64;
                }
            }
            true
        };
        // binary search on the answer: the largest part is at least max(nums), at most sum(nums)
        let mut lo = nums.iter().map(|&x| x as i64).max().unwrap();
        let mut hi: i64 = nums.iter().map(|&x| x as i64).sum();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if fits(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
