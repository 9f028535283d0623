impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i64 {
        // row[j] = number of routes to the cell of the current row in column j
        let n = n as usize;
        let mut row = vec![1i64; n];
        for _ in 1..m {
            for j in 1..n {
                row[j] += row[j - 1]; // from above plus from the left
            }
        }
        row[n - 1]
    }
}
