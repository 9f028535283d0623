impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // x ^ x == 0 and x ^ 0 == x: every pair cancels out, the lonely value stays.
        nums.iter().fold(0, |acc, &x| acc ^ x)
    }
}
