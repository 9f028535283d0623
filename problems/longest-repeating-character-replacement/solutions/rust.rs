impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        // window s[left..=right]; it never shrinks below the best length found, so the largest
        // count of one letter (best) need not be recomputed when the left end moves
        let b = s.as_bytes();
        let k = k as usize;
        let mut count = [0usize; 26];
        let mut left = 0usize;
        let mut best = 0usize;
        for right in 0..b.len() {
            let c = (b[right] - b'A') as usize;
            count[c] += 1;
            if count[c] > best {
                best = count[c];
            }
            if right + 1 - left - best > k {
                count[(b[left] - b'A') as usize] -= 1;
                left += 1;
            }
        }
        (b.len() - left) as i32
    }
}
