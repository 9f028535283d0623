use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Dijkstra from k with a binary heap; an entry is pushed only when it improves the node's
        // best time, and stale entries are skipped when popped.
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n + 1];
        for t in times.iter() {
            adj[t[0] as usize].push((t[1] as usize, t[2] as i64));
        }
        let mut best = vec![i64::MAX; n + 1];
        let mut done = vec![false; n + 1];
        let mut heap = BinaryHeap::new();
        best[k as usize] = 0;
        heap.push(Reverse((0i64, k as usize)));
        let mut reached = 0;
        let mut last = 0i64;
        while let Some(Reverse((d, u))) = heap.pop() {
            if done[u] {
                continue;
            }
            done[u] = true;
            reached += 1;
            last = d;
            for &(v, w) in adj[u].iter() {
                if d + w < best[v] {
                    best[v] = d + w;
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        if reached == n {
            last as i32
        } else {
            -1
        }
    }
}
