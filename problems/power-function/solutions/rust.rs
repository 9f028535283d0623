impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // binary exponentiation: O(log |n|) multiplications; i64 so that -(-2^31) fits
        let mut e = n as i64;
        let mut base = x;
        if e < 0 {
            base = 1.0 / base;
            e = -e;
        }
        let mut result = 1.0;
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        result
    }
}
