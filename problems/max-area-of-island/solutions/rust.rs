impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        // iterative flood fill with an explicit stack (an island can be a path of 500000 cells)
        let rows = grid.len();
        let cols = grid[0].len();
        let total = rows * cols;
        let mut land: Vec<bool> = grid.iter().flat_map(|row| row.iter().map(|&v| v == 1)).collect();
        let mut stack: Vec<usize> = Vec::new();
        let mut best = 0;
        for start in 0..total {
            if !land[start] {
                continue;
            }
            land[start] = false;
            stack.push(start);
            let mut size = 0;
            while let Some(cell) = stack.pop() {
                size += 1;
                let c = cell % cols;
                if cell >= cols && land[cell - cols] {
                    land[cell - cols] = false;
                    stack.push(cell - cols);
                }
                if cell + cols < total && land[cell + cols] {
                    land[cell + cols] = false;
                    stack.push(cell + cols);
                }
                if c > 0 && land[cell - 1] {
                    land[cell - 1] = false;
                    stack.push(cell - 1);
                }
                if c + 1 < cols && land[cell + 1] {
                    land[cell + 1] = false;
                    stack.push(cell + 1);
                }
            }
            best = best.max(size);
        }
        best
    }
}
