use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut counts: HashMap<i32, u32> = HashMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut by_count: Vec<(u32, i32)> = counts.into_iter().map(|(value, c)| (c, value)).collect();
        // quickselect (average O(d)) puts the k most frequent values in front, in any order
        if k < by_count.len() {
            by_count.select_nth_unstable_by(k - 1, |a, b| b.0.cmp(&a.0));
        }
        by_count[..k].iter().map(|&(_, value)| value).collect()
    }
}
