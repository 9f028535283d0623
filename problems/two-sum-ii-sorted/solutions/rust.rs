impl Solution {
    pub fn two_sum_sorted(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        // two pointers: a sum too small can only grow by moving the left one, a sum too large can
        // only shrink by moving the right one (the sum is taken in i64 to be safe)
        let (mut lo, mut hi) = (0usize, numbers.len() - 1);
        while lo < hi {
            let s = numbers[lo] as i64 + numbers[hi] as i64;
            if s == target as i64 {
                return vec![lo as i32 + 1, hi as i32 + 1];
            }
            if s < target as i64 {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        Vec::new()
    }
}
