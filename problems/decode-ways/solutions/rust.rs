impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        // prev2, prev1 = number of ways to decode the first i-1 and the first i digits
        let mut prev2: i64 = 1;
        let mut prev1: i64 = if d[0] == b'0' { 0 } else { 1 };
        for i in 1..d.len() {
            let (a, b) = (d[i - 1], d[i]);
            let mut cur = if b != b'0' { prev1 } else { 0 }; // s[i] as a one-digit code
            if a == b'1' || (a == b'2' && b <= b'6') {
                cur += prev2; // s[i-1..i] as a code 10..26
            }
            prev2 = prev1;
            prev1 = cur;
        }
        prev1 as i32
    }
}
