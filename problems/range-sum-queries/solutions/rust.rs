use std::fmt::Write as _;
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = numbers.next().unwrap() as usize;
    let q = numbers.next().unwrap() as usize;
    // prefix[i] = a_1 + ... + a_i, so a_l + ... + a_r = prefix[r] - prefix[l - 1]
    let mut prefix = vec![0i64; n + 1];
    for i in 1..=n {
        prefix[i] = prefix[i - 1] + numbers.next().unwrap();
    }
    let mut out = String::with_capacity(q * 12);
    for _ in 0..q {
        let l = numbers.next().unwrap() as usize;
        let r = numbers.next().unwrap() as usize;
        writeln!(out, "{}", prefix[r] - prefix[l - 1]).unwrap();
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
