use std::fmt::Write as _;
use std::io::{self, Read, Write};

// Euclid's algorithm: O(log min(a, b)) steps
fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    a
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let t = numbers.next().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let a = numbers.next().unwrap();
        let b = numbers.next().unwrap();
        let g = gcd(a, b);
        // divide before multiplying; the lcm (up to about 10^18) fits in 64 bits
        writeln!(out, "{} {}", g, a / g * b).unwrap();
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
