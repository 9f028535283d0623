use std::collections::HashSet;
use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let mut present: HashSet<i64> = HashSet::with_capacity(2 * n + 1);
    for _ in 0..n {
        present.insert(tokens.next().unwrap().parse().unwrap());
    }
    // count up only from the first number of each run (x - 1 missing): every number is visited at
    // most twice, O(n) in all
    let mut best = 0i64;
    for &x in &present {
        if !present.contains(&(x - 1)) {
            let mut y = x + 1;
            while present.contains(&y) {
                y += 1;
            }
            best = best.max(y - x);
        }
    }
    println!("{}", best);
}
