use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut x = vec![0i64; n];
    let mut y = vec![0i64; n];
    for i in 0..n {
        x[i] = it.next().unwrap();
        y[i] = it.next().unwrap();
    }
    // Prim's algorithm on the complete graph, without a heap: best[v] is the cheapest cable from the
    // network built so far to lamp v. A cable costs up to 4 * 10^9: 64 bits.
    let mut best = vec![i64::MAX; n];
    let mut in_tree = vec![false; n];
    best[0] = 0;
    let mut total = 0i64;
    for _ in 0..n {
        let mut u = usize::MAX;
        for v in 0..n {
            if !in_tree[v] && (u == usize::MAX || best[v] < best[u]) {
                u = v;
            }
        }
        in_tree[u] = true;
        total += best[u];
        for v in 0..n {
            if !in_tree[v] {
                let d = (x[u] - x[v]).abs() + (y[u] - y[v]).abs();
                if d < best[v] {
                    best[v] = d;
                }
            }
        }
    }
    println!("{}", total);
}
