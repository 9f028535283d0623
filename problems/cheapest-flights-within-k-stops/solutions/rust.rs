impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v with
        // at most r flights. Each round reads the previous round's prices (a copy), so it adds at most
        // one flight to any trip.
        const INF: i32 = i32::MAX;
        let mut best = vec![INF; n as usize];
        best[src as usize] = 0;
        for _ in 0..=k {
            let mut cur = best.clone();
            let mut changed = false;
            for f in flights.iter() {
                let (u, v, p) = (f[0] as usize, f[1] as usize, f[2]);
                if best[u] != INF && best[u] + p < cur[v] {
                    cur[v] = best[u] + p;
                    changed = true;
                }
            }
            best = cur;
            if !changed {
                break;
            }
        }
        if best[dst as usize] == INF {
            -1
        } else {
            best[dst as usize]
        }
    }
}
