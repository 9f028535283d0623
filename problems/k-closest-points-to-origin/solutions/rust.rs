use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let k = it.next().unwrap() as usize;
    // (squared distance, x, y): up to 2 * 10^18, so i64
    let mut p: Vec<(i64, i64, i64)> = (0..n)
        .map(|_| {
            let x = it.next().unwrap();
            let y = it.next().unwrap();
            (x * x + y * y, x, y)
        })
        .collect();
    p.sort_unstable();
    let mut out = String::with_capacity(k * 24);
    for &(_, x, y) in p.iter().take(k) {
        out.push_str(&x.to_string());
        out.push(' ');
        out.push_str(&y.to_string());
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
