impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // The smallest card left must start a group: take the values in increasing order; a value
        // with c cards left starts c groups, which take c cards of each of the next groupSize - 1
        // values. Sorted distinct values with their counts; O(n log n).
        let g = group_size as usize;
        if hand.len() % g != 0 {
            return false;
        }
        let mut sorted = hand;
        sorted.sort_unstable();
        let mut values: Vec<i64> = Vec::new();
        let mut counts: Vec<i32> = Vec::new();
        for &v in &sorted {
            if values.last() == Some(&(v as i64)) {
                *counts.last_mut().unwrap() += 1;
            } else {
                values.push(v as i64);
                counts.push(1);
            }
        }
        let m = values.len();
        for i in 0..m {
            let c = counts[i];
            if c == 0 {
                continue;
            }
            if i + g > m {
                return false;
            }
            for k in 0..g {
                let j = i + k;
                if values[j] != values[i] + k as i64 || counts[j] < c {
                    return false;
                }
                counts[j] -= c;
            }
        }
        true
    }
}
