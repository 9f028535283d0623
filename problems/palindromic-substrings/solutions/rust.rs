impl Solution {
    // Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
    // length). From each of the 2n - 1 centres, grow outwards while the letters on both sides
    // match: each step outwards is one more palindrome around that centre.
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len() as i64;
        let mut count = 0;
        for centre in 0..(2 * n - 1) {
            let mut lo = centre / 2;
            let mut hi = lo + centre % 2;
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                count += 1;
                lo -= 1;
                hi += 1;
            }
        }
        count
    }
}
