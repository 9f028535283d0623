impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        // backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
        // already attacked, so each row only tries the free squares. The board of a placement is
        // written out when the last row is filled.
        fn place(r: usize, n: usize, full: u32, taken: u32, down: u32, up: u32, cols: &mut Vec<usize>, boards: &mut Vec<Vec<String>>) {
            if r == n {
                boards.push(
                    cols.iter()
                        .map(|&c| {
                            let mut row = vec![b'.'; n];
                            row[c] = b'Q';
                            String::from_utf8(row).unwrap()
                        })
                        .collect(),
                );
                return;
            }
            let mut free = full & !(taken | down | up);
            while free != 0 {
                let bit = free & free.wrapping_neg();
                free ^= bit;
                cols[r] = bit.trailing_zeros() as usize;
                place(r + 1, n, full, taken | bit, ((down | bit) << 1) & full, (up | bit) >> 1, cols, boards);
            }
        }
        let n = n as usize;
        let full = (1u32 << n) - 1;
        let mut boards = Vec::new();
        let mut cols = vec![0; n];
        place(0, n, full, 0, 0, 0, &mut cols, &mut boards);
        boards
    }
}
