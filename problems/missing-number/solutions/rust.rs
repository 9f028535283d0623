impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
        let mut acc = nums.len() as i32;
        for (i, &x) in nums.iter().enumerate() {
            acc ^= i as i32 ^ x;
        }
        acc
    }
}
