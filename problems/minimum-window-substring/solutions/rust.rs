impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s_bytes = s.as_bytes();
        // need[c] = how many more copies of c the window still needs (negative: spare copies)
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len(); // characters of t not yet covered by the window
        let (mut best_start, mut best_len) = (0usize, usize::MAX);
        let mut left = 0;
        for (right, &c) in s_bytes.iter().enumerate() {
            if need[c as usize] > 0 {
                missing -= 1;
            }
            need[c as usize] -= 1;
            // while s[left..=right] covers t, record it and shrink it from the left
            while missing == 0 {
                if right + 1 - left < best_len {
                    // strictly shorter only, so the leftmost of equal windows is kept
                    best_start = left;
                    best_len = right + 1 - left;
                }
                let l = s_bytes[left] as usize;
                need[l] += 1;
                if need[l] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        if best_len == usize::MAX {
            String::new()
        } else {
            s[best_start..best_start + best_len].to_string()
        }
    }
}
