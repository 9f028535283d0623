use std::collections::HashMap;

impl Solution {
    pub fn count_words(words: Vec<String>) -> HashMap<String, i32> {
        let mut counts = HashMap::new();
        for word in words {
            *counts.entry(word).or_insert(0) += 1;
        }
        counts
    }
}
