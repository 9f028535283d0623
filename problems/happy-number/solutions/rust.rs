use std::collections::HashSet;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        // follow the sequence until it reaches 1 or repeats a number (then it loops forever)
        let mut seen = HashSet::new();
        let mut n = n;
        while n != 1 && seen.insert(n) {
            let mut total = 0;
            while n > 0 {
                let d = n % 10;
                total += d * d;
                n /= 10;
            }
            n = total;
        }
        n == 1
    }
}
