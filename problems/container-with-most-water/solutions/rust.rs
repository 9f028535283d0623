impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        // two pointers: the lower wall limits every container that uses it with a closer
        // partner, so it can be dropped after measuring it against the far end
        let (mut i, mut j) = (0usize, height.len() - 1);
        let mut best: i64 = 0;
        while i < j {
            let width = (j - i) as i64;
            let area = if height[i] < height[j] {
                let a = width * height[i] as i64;
                i += 1;
                a
            } else {
                let a = width * height[j] as i64;
                j -= 1;
                a
            };
            best = best.max(area);
        }
        best as i32
    }
}
