use std::collections::HashMap;

impl Solution {
    pub fn lookup(names: HashMap<i32, String>, scores: HashMap<String, Vec<i32>>, id: i32) -> i32 {
        match names.get(&id) {
            Some(name) => scores.get(name).map_or(0, |s| s.iter().sum()),
            None => -1,
        }
    }
}
