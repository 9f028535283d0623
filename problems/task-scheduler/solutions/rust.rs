impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        // The most frequent task's m copies need (m - 1) gaps of n units between them:
        // (m - 1) * (n + 1) units plus one final slot per task that is also used m times. If the
        // other tasks overflow the gaps, no unit is idle and the answer is the number of tasks.
        let mut counts = [0i32; 26];
        for &t in &tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let most = *counts.iter().max().unwrap();
        let tied = counts.iter().filter(|&&c| c == most).count() as i32;
        (tasks.len() as i32).max((most - 1) * (n + 1) + tied)
    }
}
