use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let n = numbers.next().unwrap() as usize;
    let capacity = numbers.next().unwrap() as usize;
    // best[w] = largest value of a set of the items seen so far with total weight <= w
    let mut best = vec![0u64; capacity + 1];
    for _ in 0..n {
        let weight = numbers.next().unwrap() as usize;
        let value = numbers.next().unwrap();
        if weight > capacity {
            continue; // this item never fits
        }
        // downwards, so that best[w - weight] still excludes the current item (0/1, not unbounded)
        for w in (weight..=capacity).rev() {
            let with_item = best[w - weight] + value;
            if with_item > best[w] {
                best[w] = with_item;
            }
        }
    }
    println!("{}", best[capacity]);
}
