impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let s = s.as_bytes();
        let n = s.len();
        // the pattern as tokens (character, starred)
        let mut tokens: Vec<(u8, bool)> = Vec::new();
        for &c in p.as_bytes() {
            if c == b'*' {
                tokens.last_mut().unwrap().1 = true;
            } else {
                tokens.push((c, false));
            }
        }
        // cur[i]: s[i..] matches the tokens processed so far (a suffix of the pattern)
        let mut cur = vec![false; n + 1];
        let mut next = vec![false; n + 1];
        cur[n] = true;
        for &(c, star) in tokens.iter().rev() {
            if star {
                next[n] = cur[n];
                for i in (0..n).rev() {
                    // use the starred token zero times, or once more
                    next[i] = cur[i] || ((c == b'.' || s[i] == c) && next[i + 1]);
                }
            } else {
                next[n] = false;
                for i in 0..n {
                    next[i] = (c == b'.' || s[i] == c) && cur[i + 1];
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        cur[0]
    }
}
