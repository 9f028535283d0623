use std::collections::HashSet;

impl Solution {
    pub fn first_twice(s: String, skip: Vec<char>) -> Option<char> {
        let mut seen = HashSet::new();
        for c in s.chars() {
            if skip.contains(&c) {
                continue;
            }
            if !seen.insert(c) {
                return Some(c);
            }
        }
        None
    }
}
