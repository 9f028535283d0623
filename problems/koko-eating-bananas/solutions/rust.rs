impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        // hours needed at speed k; i64 because the total can reach 10^4 * 10^9
        let hours = |k: i64| -> i64 { piles.iter().map(|&p| (p as i64 + k - 1) / k).sum() };
        // binary search on the answer: speed max(piles) always works because h >= piles.len()
        let (mut lo, mut hi) = (1i64, *piles.iter().max().unwrap() as i64);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if hours(mid) <= h as i64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo as i32
    }
}
