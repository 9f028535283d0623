use std::io::{self, Read, Write};

// house robber on the houses lo .. hi-1 standing in a row
fn best_in_row(a: &[i64], lo: usize, hi: usize) -> i64 {
    let (mut take, mut skip) = (0i64, 0i64); // best total with / without the current house
    for i in lo..hi {
        let t = skip + a[i];
        skip = skip.max(take);
        take = t;
    }
    take.max(skip)
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let a: Vec<i64> = it.take(n).collect();
    // the first and the last house are neighbours: leave out one of them
    let answer = if n == 1 { a[0] } else { best_in_row(&a, 0, n - 1).max(best_in_row(&a, 1, n)) };
    writeln!(io::stdout(), "{}", answer).unwrap();
}
