// Accepted: Rust's u32 has reverse_bits() built in.
impl Solution {
    pub fn reverse_bits(n: i64) -> i64 {
        (n as u32).reverse_bits() as i64
    }
}
