impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        // binary search on how many elements the lower half takes from the shorter array
        let (a, b) = if nums1.len() <= nums2.len() { (nums1, nums2) } else { (nums2, nums1) };
        let (m, n) = (a.len(), b.len());
        let half = (m + n + 1) / 2;
        let (mut lo, mut hi) = (0usize, m);
        loop {
            let i = (lo + hi) / 2; // taken from a
            let j = half - i; // taken from b, 0 <= j <= n because m <= n
            let a_left = if i > 0 { a[i - 1] as i64 } else { i64::MIN };
            let a_right = if i < m { a[i] as i64 } else { i64::MAX };
            let b_left = if j > 0 { b[j - 1] as i64 } else { i64::MIN };
            let b_right = if j < n { b[j] as i64 } else { i64::MAX };
            if a_left > b_right {
                hi = i - 1; // took too many from a (i > 0 here, since a_left is a real element)
            } else if b_left > a_right {
                lo = i + 1; // took too few from a
            } else {
                let left = a_left.max(b_left);
                if (m + n) % 2 == 1 {
                    return left as f64;
                }
                return (left + a_right.min(b_right)) as f64 / 2.0;
            }
        }
    }
}
