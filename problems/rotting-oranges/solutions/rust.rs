impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // breadth-first search from all rotten oranges at once, one level per minute
        let rows = grid.len();
        let cols = grid[0].len();
        let total = rows * cols;
        let mut cells: Vec<i32> = grid.iter().flat_map(|row| row.iter().copied()).collect();
        let mut queue: Vec<usize> = Vec::with_capacity(total);
        let mut fresh = 0usize;
        for (i, &v) in cells.iter().enumerate() {
            if v == 1 {
                fresh += 1;
            } else if v == 2 {
                queue.push(i);
            }
        }
        let mut head = 0;
        let mut minutes = 0;
        while head < queue.len() && fresh > 0 {
            let end = queue.len();
            while head < end {
                let cell = queue[head];
                head += 1;
                let c = cell % cols;
                let mut neighbours = [usize::MAX; 4];
                if cell >= cols {
                    neighbours[0] = cell - cols;
                }
                if cell + cols < total {
                    neighbours[1] = cell + cols;
                }
                if c > 0 {
                    neighbours[2] = cell - 1;
                }
                if c + 1 < cols {
                    neighbours[3] = cell + 1;
                }
                for &next in neighbours.iter() {
                    if next != usize::MAX && cells[next] == 1 {
                        cells[next] = 2;
                        queue.push(next);
                    }
                }
            }
            fresh -= queue.len() - end;
            minutes += 1;
        }
        if fresh == 0 {
            minutes
        } else {
            -1
        }
    }
}
