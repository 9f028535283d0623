use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut h: Vec<i64> = it.take(n).collect();
    h.push(0); // a final bar of height 0 empties the stack
    // stack of indices with increasing heights
    let mut stack: Vec<usize> = Vec::with_capacity(n + 1);
    let mut best: i64 = 0;
    for i in 0..=n {
        while let Some(&t) = stack.last() {
            if h[t] < h[i] {
                break;
            }
            stack.pop();
            // the popped bar spans from just after the bar below it to just before bar i
            let width = match stack.last() {
                Some(&left) => i - left - 1,
                None => i,
            };
            best = best.max(h[t] * width as i64);
        }
        stack.push(i);
    }
    println!("{}", best);
}
