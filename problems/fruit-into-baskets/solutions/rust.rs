use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    // the window ends with a block of equal types: remember the last two types seen, the length of
    // the block of the last one, and the length of the window ending here
    let (mut last, mut second): (i64, i64) = (-1, -1);
    let (mut last_run, mut current, mut best) = (0usize, 0usize, 0usize);
    for _ in 0..n {
        let x: i64 = tokens.next().unwrap().parse().unwrap();
        if x == last {
            current += 1;
            last_run += 1;
        } else {
            current = if x == second { current + 1 } else { last_run + 1 };
            second = last;
            last = x;
            last_run = 1;
        }
        if current > best {
            best = current;
        }
    }
    println!("{}", best);
}
