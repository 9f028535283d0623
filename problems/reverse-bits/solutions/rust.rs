impl Solution {
    pub fn reverse_bits(n: i64) -> i64 {
        // 32 steps exactly: the lowest bit of n goes onto the end of the answer.
        let mut n = n;
        let mut res: i64 = 0;
        for _ in 0..32 {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        res
    }
}
