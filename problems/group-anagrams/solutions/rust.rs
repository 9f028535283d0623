use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(words: Vec<String>) -> Vec<Vec<String>> {
        // two words are anagrams exactly when their sorted letters are equal
        let mut index: HashMap<Vec<u8>, usize> = HashMap::with_capacity(words.len());
        let mut groups: Vec<Vec<String>> = Vec::new();
        for w in words {
            let mut key = w.as_bytes().to_vec();
            key.sort_unstable();
            match index.get(&key) {
                Some(&at) => groups[at].push(w),
                None => {
                    index.insert(key, groups.len());
                    groups.push(vec![w]);
                }
            }
        }
        groups
    }
}
