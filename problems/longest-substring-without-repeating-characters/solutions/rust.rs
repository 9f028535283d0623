impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // sliding window s[start..=i] without repeats; last_seen[c] = 1 + last index of byte c
        let mut last_seen = [0usize; 256];
        let mut start = 0;
        let mut best = 0;
        for (i, &c) in s.as_bytes().iter().enumerate() {
            let c = c as usize;
            if last_seen[c] > start {
                start = last_seen[c]; // jump past the previous copy of c
            }
            last_seen[c] = i + 1;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
