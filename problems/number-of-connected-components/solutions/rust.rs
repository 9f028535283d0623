use std::io::{self, Read};

fn main() {
    // union-find with path halving and union by size; each successful union removes one component
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    let mut components = n;
    for _ in 0..m {
        let mut a = it.next().unwrap();
        let mut b = it.next().unwrap();
        while parent[a] != a {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        while parent[b] != b {
            parent[b] = parent[parent[b]];
            b = parent[b];
        }
        if a != b {
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
            components -= 1;
        }
    }
    println!("{}", components);
}
