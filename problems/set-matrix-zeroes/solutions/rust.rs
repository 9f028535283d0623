impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // First mark the rows and columns holding a 0, then clear them: clearing at once would let
        // the new zeros spread too.
        let m = matrix.len();
        let n = matrix[0].len();
        let mut zero_row = vec![false; m];
        let mut zero_col = vec![false; n];
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    zero_row[i] = true;
                    zero_col[j] = true;
                }
            }
        }
        for i in 0..m {
            for j in 0..n {
                if zero_row[i] || zero_col[j] {
                    matrix[i][j] = 0;
                }
            }
        }
    }
}
