use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let n: usize = tokens.next().unwrap().parse().unwrap();
    let a: Vec<i64> = tokens.take(n).map(|t| t.parse().unwrap()).collect();
    // a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before
    // the end; otherwise mid or something left of it is a peak. O(log n) comparisons.
    let (mut lo, mut hi) = (0usize, n - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] < a[mid + 1] {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    println!("{}", lo);
}
