impl Solution {
    pub fn majority(nums: Vec<i32>) -> Option<i32> {
        // Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
        // is the last candidate left. Any array leaves a candidate, so count it to be sure.
        let mut candidate = 0;
        let mut votes = 0usize;
        for &x in &nums {
            if votes == 0 {
                candidate = x;
                votes = 1;
            } else if x == candidate {
                votes += 1;
            } else {
                votes -= 1;
            }
        }
        let count = nums.iter().filter(|&&x| x == candidate).count();
        if 2 * count > nums.len() {
            Some(candidate)
        } else {
            None
        }
    }
}
