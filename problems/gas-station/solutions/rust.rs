impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let (mut total, mut tank, mut start) = (0i64, 0i64, 0usize);
        for i in 0..gas.len() {
            let diff = (gas[i] - cost[i]) as i64;
            total += diff;
            tank += diff;
            if tank < 0 {
                start = i + 1;
                tank = 0;
            }
        }
        if total >= 0 { start as i32 } else { -1 }
    }
}
