impl Solution {
    pub fn fill(board: &mut Vec<Vec<char>>, target: char, mark: char) {
        for row in board.iter_mut() {
            for c in row.iter_mut() {
                if *c == target {
                    *c = mark;
                }
            }
        }
    }
}
