impl Solution {
    pub fn first_missing_positive(nums: Vec<i32>) -> i32 {
        // the answer is in 1..n+1: put every value v of 1..n at index v - 1 by swapping, then the
        // first index i that does not hold i + 1 gives the answer
        let mut nums = nums;
        let n = nums.len() as i64;
        for i in 0..nums.len() {
            let mut v = nums[i] as i64;
            // stop on a duplicate: its place is taken
            while v >= 1 && v <= n && nums[(v - 1) as usize] as i64 != v {
                nums[i] = nums[(v - 1) as usize];
                nums[(v - 1) as usize] = v as i32;
                v = nums[i] as i64;
            }
        }
        for i in 0..nums.len() {
            if nums[i] as i64 != i as i64 + 1 {
                return i as i32 + 1;
            }
        }
        n as i32 + 1
    }
}
