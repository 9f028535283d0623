use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut nums = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = nums.next().unwrap_or(0) as usize;
    let mut starts = Vec::with_capacity(n);
    let mut ends = Vec::with_capacity(n);
    for _ in 0..n {
        starts.push(nums.next().unwrap());
        ends.push(nums.next().unwrap());
    }
    starts.sort_unstable();
    ends.sort_unstable();
    let (mut rooms, mut best, mut j) = (0i64, 0i64, 0usize);
    for &s in &starts {
        while ends[j] <= s {
            j += 1;
            rooms -= 1;
        }
        rooms += 1;
        best = best.max(rooms);
    }
    println!("{}", best);
}
