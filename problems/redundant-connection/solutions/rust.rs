impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        // Union-find in input order: the first edge whose ends are already connected closes the only
        // cycle, and it is the cycle's last edge in the input.
        let n = edges.len();
        let mut parent: Vec<usize> = (0..=n).collect();
        for edge in edges.iter() {
            let mut a = edge[0] as usize;
            let mut b = edge[1] as usize;
            while parent[a] != a {
                parent[a] = parent[parent[a]];
                a = parent[a];
            }
            while parent[b] != b {
                parent[b] = parent[parent[b]];
                b = parent[b];
            }
            if a == b {
                return edge.clone();
            }
            parent[a] = b;
        }
        Vec::new()
    }
}
