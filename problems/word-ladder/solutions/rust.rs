use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Breadth-first search over words. Words one letter apart share a pattern with that letter
        // replaced by '*'; each pattern's bucket of words is used once, then removed.
        let words: HashSet<Vec<u8>> = word_list.iter().map(|w| w.as_bytes().to_vec()).collect();
        let end = end_word.as_bytes().to_vec();
        if !words.contains(&end) {
            return 0;
        }
        let length = begin_word.len();
        let mut buckets: HashMap<Vec<u8>, Vec<Vec<u8>>> = HashMap::new();
        for w in words.iter() {
            let mut p = w.clone();
            for i in 0..length {
                p[i] = b'*';
                buckets.entry(p.clone()).or_insert_with(Vec::new).push(w.clone());
                p[i] = w[i];
            }
        }
        let begin = begin_word.as_bytes().to_vec();
        let mut seen: HashSet<Vec<u8>> = HashSet::new();
        seen.insert(begin.clone());
        let mut frontier = vec![begin];
        let mut steps = 1;
        while !frontier.is_empty() {
            steps += 1;
            let mut next = Vec::new();
            for w in frontier.iter() {
                let mut p = w.clone();
                for i in 0..length {
                    p[i] = b'*';
                    let bucket = buckets.remove(&p);
                    p[i] = w[i];
                    if let Some(bucket) = bucket {
                        for v in bucket {
                            if seen.contains(&v) {
                                continue;
                            }
                            if v == end {
                                return steps;
                            }
                            seen.insert(v.clone());
                            next.push(v);
                        }
                    }
                }
            }
            frontier = next;
        }
        0
    }
}
