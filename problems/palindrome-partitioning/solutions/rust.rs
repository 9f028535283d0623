impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        // pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next
        // piece starts where the last one ended and must be a palindrome, so every branch ends in an
        // answer
        fn cut(s: &str, pal: &Vec<Vec<bool>>, start: usize, pieces: &mut Vec<String>, result: &mut Vec<Vec<String>>) {
            if start == s.len() {
                result.push(pieces.clone());
                return;
            }
            for end in start..s.len() {
                if pal[start][end] {
                    pieces.push(s[start..=end].to_string());
                    cut(s, pal, end + 1, pieces, result);
                    pieces.pop();
                }
            }
        }
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
            }
        }
        let mut result = Vec::new();
        cut(&s, &pal, 0, &mut Vec::new(), &mut result);
        result
    }
}
