impl Solution {
    pub fn find_index(nums: Vec<i32>, target: i32) -> Option<i32> {
        nums.iter().position(|&x| x == target).map(|i| i as i32)
    }
}
