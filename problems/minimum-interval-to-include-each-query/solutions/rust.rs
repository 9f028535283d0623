use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        intervals.sort_unstable_by_key(|iv| iv[0]);
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_unstable_by_key(|&j| queries[j]);
        let mut answers = vec![-1; queries.len()];
        // (size, right) of the intervals that start at or before the current query, smallest first
        let mut heap: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
        let mut i = 0;
        for j in order {
            let q = queries[j];
            while i < intervals.len() && intervals[i][0] <= q {
                heap.push(Reverse((intervals[i][1] - intervals[i][0] + 1, intervals[i][1])));
                i += 1;
            }
            while let Some(&Reverse((_, right))) = heap.peek() {
                if right >= q {
                    break;
                }
                heap.pop();
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                answers[j] = size;
            }
        }
        answers
    }
}
