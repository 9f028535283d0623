impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
        // u32: a carry shifted out of the top bit simply disappears.
        let (mut x, mut y) = (a as u32, b as u32);
        while y != 0 {
            let carry = (x & y) << 1;
            x ^= y;
            y = carry;
        }
        x as i32
    }
}
