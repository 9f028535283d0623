impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        // sort, fix the smallest value a, then find b + c = -a with two pointers: O(n^2)
        nums.sort_unstable();
        let n = nums.len();
        let mut triplets = Vec::new();
        for i in 0..n {
            let a = nums[i];
            if a > 0 {
                break; // three positive values cannot sum to zero
            }
            if i > 0 && nums[i - 1] == a {
                continue; // this smallest value was handled already
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let sum = a + nums[lo] + nums[hi];
                if sum < 0 {
                    lo += 1;
                } else if sum > 0 {
                    hi -= 1;
                } else {
                    triplets.push(vec![a, nums[lo], nums[hi]]);
                    // skip copies of both values so every triplet is reported once
                    let (b, c) = (nums[lo], nums[hi]);
                    while lo < hi && nums[lo] == b {
                        lo += 1;
                    }
                    while lo < hi && nums[hi] == c {
                        hi -= 1;
                    }
                }
            }
        }
        triplets
    }
}
