impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..position.len()).collect();
        // closest car to the target first
        order.sort_unstable_by(|&a, &b| position[b].cmp(&position[a]));
        // a car starts a new fleet only if it arrives strictly later than the fleet in front of it;
        // times (target - p) / s are compared exactly: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1
        let mut fleets = 0;
        let (mut lead_d, mut lead_s) = (0i64, 1i64);
        for i in order {
            let d = (target - position[i]) as i64;
            let s = speed[i] as i64;
            if d * lead_s > lead_d * s {
                fleets += 1;
                lead_d = d;
                lead_s = s;
            }
        }
        fleets
    }
}
