impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        // backtracking over the sorted candidates: a combination takes its values in ascending
        // order (the next value is never smaller than the last), and the loop stops at the first
        // candidate larger than what is left of the target
        fn extend(values: &[i32], start: usize, left: i32, current: &mut Vec<i32>, result: &mut Vec<Vec<i32>>) {
            if left == 0 {
                result.push(current.clone());
                return;
            }
            for i in start..values.len() {
                if values[i] > left {
                    break;
                }
                current.push(values[i]);
                extend(values, i, left - values[i], current, result);
                current.pop();
            }
        }
        let mut values = candidates;
        values.sort_unstable();
        let mut result = Vec::new();
        extend(&values, 0, target, &mut Vec::new(), &mut result);
        result
    }
}
