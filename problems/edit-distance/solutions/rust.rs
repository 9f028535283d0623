impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let a = word1.as_bytes();
        let b = word2.as_bytes();
        let m = b.len();
        // prev[j] = distance between the first i - 1 letters of a and the first j letters of b
        let mut prev: Vec<usize> = (0..=m).collect();
        let mut cur = vec![0usize; m + 1];
        for i in 1..=a.len() {
            cur[0] = i;
            for j in 1..=m {
                cur[j] = if a[i - 1] == b[j - 1] {
                    prev[j - 1]
                } else {
                    1 + prev[j - 1].min(prev[j]).min(cur[j - 1]) // replace, delete, insert
                };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[m] as i32
    }
}
