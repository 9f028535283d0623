use std::io::{self, Read};

// Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
// length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the letters
// on both sides match, and keep the longest. A later centre replaces the best only when it is
// strictly longer, so ties keep the leftmost palindrome.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let s = input.split_ascii_whitespace().next().unwrap().as_bytes();
    let n = s.len() as i64;
    let (mut best_start, mut best_len) = (0i64, 1i64);
    for centre in 0..(2 * n - 1) {
        let mut lo = centre / 2;
        let mut hi = lo + centre % 2;
        while lo >= 0 && hi < n && s[lo as usize] == s[hi as usize] {
            lo -= 1;
            hi += 1;
        }
        if hi - lo - 1 > best_len {
            best_start = lo + 1;
            best_len = hi - lo - 1;
        }
    }
    let answer = &s[best_start as usize..(best_start + best_len) as usize];
    println!("{}", String::from_utf8_lossy(answer));
}
