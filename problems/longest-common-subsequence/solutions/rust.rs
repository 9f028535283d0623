impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        // prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
        let b = text2.as_bytes();
        let m = b.len();
        let mut prev = vec![0i32; m + 1];
        let mut cur = vec![0i32; m + 1];
        for &a in text1.as_bytes() {
            for j in 0..m {
                cur[j + 1] = if b[j] == a { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[m]
    }
}
