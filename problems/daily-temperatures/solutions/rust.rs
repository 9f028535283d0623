impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        // indices of days still waiting for a warmer day; their temperatures never increase
        // from the bottom of the stack to the top
        let mut waiting: Vec<usize> = Vec::new();
        for (i, &t) in temperatures.iter().enumerate() {
            while let Some(&j) = waiting.last() {
                if temperatures[j] >= t {
                    break;
                }
                waiting.pop();
                answer[j] = (i - j) as i32;
            }
            waiting.push(i);
        }
        answer
    }
}
