impl Solution {
    pub fn num_islands(grid: Vec<String>) -> i32 {
        let rows = grid.len();
        let cols = grid[0].len();
        // land[r * cols + c] is true for land not yet assigned to an island
        let mut land: Vec<bool> = grid.iter().flat_map(|row| row.bytes().map(|b| b == b'1')).collect();
        let mut islands = 0;
        let mut stack: Vec<usize> = Vec::new();
        for start in 0..rows * cols {
            if !land[start] {
                continue;
            }
            // a new island: sink all of it with an explicit stack (islands can be huge)
            islands += 1;
            land[start] = false;
            stack.push(start);
            while let Some(cell) = stack.pop() {
                let (r, c) = (cell / cols, cell % cols);
                let mut visit = |next: usize| {
                    if land[next] {
                        land[next] = false;
                        stack.push(next);
                    }
                };
                if r > 0 {
                    visit(cell - cols);
                }
                if r + 1 < rows {
                    visit(cell + cols);
                }
                if c > 0 {
                    visit(cell - 1);
                }
                if c + 1 < cols {
                    visit(cell + 1);
                }
            }
        }
        islands
    }
}
