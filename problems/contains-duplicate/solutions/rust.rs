use std::collections::HashSet;

impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        // remember every value seen; insert returns false for a value seen before
        let mut seen: HashSet<i32> = HashSet::with_capacity(nums.len());
        for x in nums {
            if !seen.insert(x) {
                return true;
            }
        }
        false
    }
}
