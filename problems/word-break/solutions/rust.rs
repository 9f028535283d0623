use std::collections::HashSet;

impl Solution {
    // ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing to
    // cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the
    // lengths that dictionary words have need to be tried.
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let mut lengths: Vec<usize> = word_dict.iter().map(|w| w.len()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for &len in &lengths {
                if len > i {
                    break;
                }
                if ok[i - len] && words.contains(&s[i - len..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
