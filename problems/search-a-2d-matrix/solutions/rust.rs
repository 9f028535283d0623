impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        // the rows, read one after the other, form one sorted list of m * n numbers:
        // binary search over the positions [lo, hi); position p is the cell (p / n, p % n)
        let (m, n) = (matrix.len(), matrix[0].len());
        let (mut lo, mut hi) = (0usize, m * n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let value = matrix[mid / n][mid % n];
            if value == target {
                return true;
            }
            if value < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        false
    }
}
