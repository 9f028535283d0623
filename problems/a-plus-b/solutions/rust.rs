use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let a = numbers.next().unwrap();
    let b = numbers.next().unwrap();
    // |a|, |b| <= 10^18, so the sum fits in i64
    println!("{}", a + b);
}
