impl Solution {
    pub fn climb_stairs(n: i32) -> i64 {
        // ways(i) = ways(i - 1) + ways(i - 2); only the last two values are needed
        let (mut prev, mut cur) = (1i64, 1i64); // ways(0), ways(1)
        for _ in 1..n {
            let next = prev + cur;
            prev = cur;
            cur = next;
        }
        cur
    }
}
