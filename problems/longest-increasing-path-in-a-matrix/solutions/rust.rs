impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Cells taken from the highest value down: each strictly higher neighbour is already final.
        let rows = matrix.len();
        let cols = matrix[0].len();
        let total = rows * cols;
        let flat: Vec<i32> = matrix.iter().flat_map(|row| row.iter().copied()).collect();
        let mut order: Vec<usize> = (0..total).collect();
        order.sort_unstable_by(|&a, &b| flat[b].cmp(&flat[a]));
        let mut best = vec![1i32; total];
        let mut answer = 0;
        for &i in &order {
            let v = flat[i];
            let c = i % cols;
            let mut b = 1;
            if i >= cols && flat[i - cols] > v {
                b = b.max(best[i - cols] + 1);
            }
            if i + cols < total && flat[i + cols] > v {
                b = b.max(best[i + cols] + 1);
            }
            if c > 0 && flat[i - 1] > v {
                b = b.max(best[i - 1] + 1);
            }
            if c + 1 < cols && flat[i + 1] > v {
                b = b.max(best[i + 1] + 1);
            }
            best[i] = b;
            answer = answer.max(b);
        }
        answer
    }
}
