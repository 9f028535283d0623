use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // value -> index of its first occurrence among the elements already visited
        let mut seen: HashMap<i64, i32> = HashMap::with_capacity(nums.len());
        for (i, &x) in nums.iter().enumerate() {
            // the complement can leave the i32 range (e.g. 10^9 - (-10^9)), so use i64
            let want = target as i64 - x as i64;
            if let Some(&j) = seen.get(&want) {
                return vec![j, i as i32];
            }
            seen.entry(x as i64).or_insert(i as i32);
        }
        Vec::new()
    }
}
