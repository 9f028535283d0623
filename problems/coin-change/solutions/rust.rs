impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        // fewest[a] = fewest coins that make a; UNREACHABLE marks amounts not made yet
        const UNREACHABLE: u32 = u32::MAX;
        let mut fewest = vec![UNREACHABLE; amount + 1];
        fewest[0] = 0;
        let mut coins: Vec<usize> = coins
            .into_iter()
            .map(|c| c as usize)
            .filter(|&c| c <= amount) // a coin larger than the amount is never used
            .collect();
        coins.sort_unstable();
        coins.dedup();
        // unbounded knapsack: for each coin, sweep the amounts upwards so the coin can be reused
        for c in coins {
            for a in c..=amount {
                let prev = fewest[a - c];
                if prev != UNREACHABLE && prev + 1 < fewest[a] {
                    fewest[a] = prev + 1;
                }
            }
        }
        if fewest[amount] == UNREACHABLE {
            -1
        } else {
            fewest[amount] as i32
        }
    }
}
