use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let cells = n * n;
    let h: Vec<usize> = it.take(cells).collect(); // plot (r, c) is h[r * n + c]
    // grow the reachable region by its lowest neighbouring plot (Dijkstra with max instead of +)
    let mut seen = vec![false; cells];
    let mut heap = BinaryHeap::new();
    seen[0] = true;
    heap.push(Reverse((h[0], 0usize)));
    let mut t = 0;
    while let Some(Reverse((height, cell))) = heap.pop() {
        t = t.max(height);
        if cell == cells - 1 {
            break;
        }
        let (r, c) = (cell / n, cell % n);
        let mut near = Vec::with_capacity(4);
        if r > 0 {
            near.push(cell - n);
        }
        if r + 1 < n {
            near.push(cell + n);
        }
        if c > 0 {
            near.push(cell - 1);
        }
        if c + 1 < n {
            near.push(cell + 1);
        }
        for m in near {
            if !seen[m] {
                seen[m] = true;
                heap.push(Reverse((h[m], m)));
            }
        }
    }
    println!("{}", t);
}
