impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        if s.len() != t.len() {
            return false;
        }
        // letter counts of s minus letter counts of t must all be zero
        let mut diff = [0i32; 26];
        for (a, b) in s.bytes().zip(t.bytes()) {
            diff[(a - b'a') as usize] += 1;
            diff[(b - b'a') as usize] -= 1;
        }
        diff.iter().all(|&d| d == 0)
    }
}
