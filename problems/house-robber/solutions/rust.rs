impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // take = best total whose last chosen house is the current one; skip = best total without it
        let (mut take, mut skip) = (0i32, 0i32);
        for x in nums {
            let t = skip + x;
            skip = skip.max(take);
            take = t;
        }
        take.max(skip)
    }
}
