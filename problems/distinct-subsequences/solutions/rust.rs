impl Solution {
    pub fn num_distinct(s: String, t: String) -> i64 {
        let t = t.as_bytes();
        let m = t.len();
        // ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
        let mut ways = vec![0i64; m + 1];
        ways[0] = 1;
        for &c in s.as_bytes() {
            // right to left, so that ways[j - 1] still counts the part of s before this letter
            for j in (1..=m).rev() {
                if t[j - 1] == c {
                    ways[j] += ways[j - 1];
                }
            }
        }
        ways[m]
    }
}
