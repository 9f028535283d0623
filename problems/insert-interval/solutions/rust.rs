impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let (mut start, mut end) = (new_interval[0], new_interval[1]);
        let mut result: Vec<Vec<i32>> = Vec::with_capacity(intervals.len() + 1);
        let mut rest = intervals.into_iter().peekable();
        // the intervals that end before the new one starts stay as they are
        while let Some(iv) = rest.next_if(|iv| iv[1] < start) {
            result.push(iv);
        }
        // those that start no later than its end overlap or touch it: grow it over them
        while let Some(iv) = rest.next_if(|iv| iv[0] <= end) {
            start = start.min(iv[0]);
            end = end.max(iv[1]);
        }
        result.push(vec![start, end]);
        result.extend(rest);
        result
    }
}
