use std::collections::HashMap;

impl Solution {
    pub fn word_count(text: String) -> HashMap<String, i32> {
        // a word is a maximal run of ASCII letters, counted in lowercase
        let mut counts: HashMap<String, i32> = HashMap::new();
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if !word.is_empty() {
                *counts.entry(word.to_ascii_lowercase()).or_insert(0) += 1;
            }
        }
        counts
    }
}
