impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
        // with an explicit stack (a region can be one path through most of the board: no recursion),
        // then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
        let rows = board.len();
        let cols = board[0].len();
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                let edge = r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
                if edge && board[r][c] == 'O' {
                    board[r][c] = 'S';
                    stack.push((r, c));
                }
            }
        }
        while let Some((r, c)) = stack.pop() {
            if r > 0 && board[r - 1][c] == 'O' {
                board[r - 1][c] = 'S';
                stack.push((r - 1, c));
            }
            if r + 1 < rows && board[r + 1][c] == 'O' {
                board[r + 1][c] = 'S';
                stack.push((r + 1, c));
            }
            if c > 0 && board[r][c - 1] == 'O' {
                board[r][c - 1] = 'S';
                stack.push((r, c - 1));
            }
            if c + 1 < cols && board[r][c + 1] == 'O' {
                board[r][c + 1] = 'S';
                stack.push((r, c + 1));
            }
        }
        for row in board.iter_mut() {
            for ch in row.iter_mut() {
                *ch = if *ch == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
