impl Solution {
    pub fn find_index(nums: Vec<i32>, target: i32) -> Option<i32> {
        for (i, &x) in nums.iter().enumerate() {
            if x == target {
                return Some(i as i32);
            }
        }
        Some(-1)
    }
}
