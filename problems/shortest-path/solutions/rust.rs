use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let mut next = || numbers.next().unwrap();
    let n = next() as usize;
    let m = next() as usize;
    let source = next() as usize - 1;
    let mut roads: Vec<(usize, usize, u64)> = Vec::with_capacity(m);
    for _ in 0..m {
        let u = next() as usize - 1;
        let v = next() as usize - 1;
        roads.push((u, v, next()));
    }
    // adjacency in compressed form: the roads leaving u are targets[start[u]..start[u + 1]]
    let mut start = vec![0usize; n + 1];
    for &(u, _, _) in &roads {
        start[u + 1] += 1;
    }
    for u in 0..n {
        start[u + 1] += start[u];
    }
    let mut fill = start.clone();
    let mut targets = vec![(0usize, 0u64); m];
    for &(u, v, w) in &roads {
        targets[fill[u]] = (v, w);
        fill[u] += 1;
    }

    // Dijkstra with a binary heap; outdated heap entries are skipped when popped
    let mut dist = vec![u64::MAX; n];
    dist[source] = 0;
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u64, source)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &targets[start[u]..start[u + 1]] {
            let candidate = d + w;
            if candidate < dist[v] {
                dist[v] = candidate;
                heap.push(Reverse((candidate, v)));
            }
        }
    }

    let parts: Vec<String> = dist
        .iter()
        .map(|&d| if d == u64::MAX { "-1".to_string() } else { d.to_string() })
        .collect();
    let mut out = parts.join(" ");
    out.push('\n');
    io::stdout().write_all(out.as_bytes()).unwrap();
}
