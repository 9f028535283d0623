impl Solution {
    pub fn count_smaller(nums: Vec<i32>) -> Vec<i32> {
        // Walk from the right end; a Fenwick tree over the ranks of the values counts how many of
        // the values already passed have a smaller rank. O(n log n).
        let n = nums.len();
        let mut sorted = nums.clone();
        sorted.sort_unstable();
        sorted.dedup();
        let size = sorted.len();
        let mut tree = vec![0i32; size + 1];
        let mut out = vec![0i32; n];
        for i in (0..n).rev() {
            let mut r = sorted.binary_search(&nums[i]).unwrap() + 1;
            let mut s = 0;
            let mut j = r - 1;
            while j > 0 {
                s += tree[j];
                j &= j - 1;
            }
            out[i] = s;
            while r <= size {
                tree[r] += 1;
                r += r & r.wrapping_neg();
            }
        }
        out
    }
}
