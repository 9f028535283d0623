impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 == 1 {
            return false;
        }
        let target = (total / 2) as usize;
        // reach[s] = true when some of the numbers seen so far add up to s
        let mut reach = vec![false; target + 1];
        reach[0] = true;
        for &x in &nums {
            let x = x as usize;
            // downwards, so that each number is used at most once
            for s in (x..=target).rev() {
                if reach[s - x] {
                    reach[s] = true;
                }
            }
        }
        reach[target]
    }
}
