use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let q: usize = tokens.next().unwrap().parse().unwrap();
    let mut out = String::with_capacity(q * 3);
    for _ in 0..q {
        let mut x: u32 = tokens.next().unwrap().parse().unwrap();
        let mut count = 0;
        while x != 0 {
            x &= x - 1; // clears the lowest 1 bit
            count += 1;
        }
        out.push_str(&count.to_string());
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
