impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // v = the balloons with a balloon worth 1 added at each end (never burst)
        let n = nums.len() + 2;
        let mut v = vec![1i32; n];
        v[1..n - 1].copy_from_slice(&nums);
        // best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
        // are still there
        let mut best = vec![vec![0i32; n]; n];
        for gap in 2..n {
            for l in 0..n - gap {
                let r = l + gap;
                let w = v[l] * v[r];
                let mut b = 0;
                // k = the balloon between l and r burst LAST: its neighbours are then l and r
                for k in l + 1..r {
                    let c = best[l][k] + best[k][r] + w * v[k];
                    if c > b {
                        b = c;
                    }
                }
                best[l][r] = b;
            }
        }
        best[0][n - 1]
    }
}
