use std::collections::HashMap;

// For every key, the timestamps of its set calls (increasing, as they arrive) and the values stored
// at them. get finds the last timestamp <= the one asked for by binary search: set is O(1)
// amortised, get is O(log k) for a key with k versions.
struct TimeMap {
    history: HashMap<String, (Vec<i32>, Vec<String>)>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { history: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        let h = self.history.entry(key).or_insert_with(|| (Vec::new(), Vec::new()));
        h.0.push(timestamp);
        h.1.push(value);
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.history.get(&key) {
            None => String::new(),
            Some((times, values)) => {
                // the number of versions set at or before timestamp
                let i = times.partition_point(|&t| t <= timestamp);
                if i == 0 { String::new() } else { values[i - 1].clone() }
            }
        }
    }
}
