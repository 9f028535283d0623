impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Four borders move inwards after each side is walked; the bottom row and the left column are
        // walked only while the borders have not crossed (else a single row or column repeats).
        // The borders are i64 so that "right - 1" or "bottom - 1" may go below zero.
        let m = matrix.len() as i64;
        let n = matrix[0].len() as i64;
        let mut res = Vec::with_capacity((m * n) as usize);
        let (mut top, mut bottom, mut left, mut right) = (0i64, m - 1, 0i64, n - 1);
        let at = |r: i64, c: i64| matrix[r as usize][c as usize];
        while top <= bottom && left <= right {
            for c in left..=right {
                res.push(at(top, c));
            }
            top += 1;
            for r in top..=bottom {
                res.push(at(r, right));
            }
            right -= 1;
            if top <= bottom {
                for c in (left..=right).rev() {
                    res.push(at(bottom, c));
                }
                bottom -= 1;
            }
            if left <= right {
                for r in (top..=bottom).rev() {
                    res.push(at(r, left));
                }
                left += 1;
            }
        }
        res
    }
}
