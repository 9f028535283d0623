impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        // backtracking from every cell: follow the word letter by letter through side neighbours,
        // marking the cells of the current path so that none is used twice
        fn follow(grid: &mut Vec<Vec<char>>, w: &[char], r: usize, c: usize, i: usize) -> bool {
            if grid[r][c] != w[i] {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            grid[r][c] = '#';
            let (rows, cols) = (grid.len(), grid[0].len());
            let found = (r > 0 && follow(grid, w, r - 1, c, i + 1))
                || (r + 1 < rows && follow(grid, w, r + 1, c, i + 1))
                || (c > 0 && follow(grid, w, r, c - 1, i + 1))
                || (c + 1 < cols && follow(grid, w, r, c + 1, i + 1));
            grid[r][c] = w[i];
            found
        }
        // pruning: the board must hold every letter of the word as many times as the word uses it
        let mut have = [0usize; 128];
        let mut need = [0usize; 128];
        for row in &board {
            for &ch in row {
                have[ch as usize] += 1;
            }
        }
        let mut w: Vec<char> = word.chars().collect();
        for &ch in &w {
            need[ch as usize] += 1;
        }
        if (0..128).any(|ch| need[ch] > have[ch]) {
            return false;
        }
        // start from the end of the word whose letter is rarer on the board: fewer starts
        if have[w[0] as usize] > have[w[w.len() - 1] as usize] {
            w.reverse();
        }
        let mut grid = board;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if follow(&mut grid, &w, r, c, 0) {
                    return true;
                }
            }
        }
        false
    }
}
