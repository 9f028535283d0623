use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut nums = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = nums.next().unwrap_or(0) as usize;
    let mut balloons: Vec<(i64, i64)> = Vec::with_capacity(n); // (end, start)
    for _ in 0..n {
        let s = nums.next().unwrap();
        let e = nums.next().unwrap();
        balloons.push((e, s));
    }
    balloons.sort_unstable();
    // by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
    // every balloon that starts at or before it
    let mut arrows = 0;
    let mut last = 0i64;
    for &(e, s) in &balloons {
        if arrows == 0 || s > last {
            arrows += 1;
            last = e;
        }
    }
    println!("{}", arrows);
}
