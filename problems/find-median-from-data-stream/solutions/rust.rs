use std::cmp::Reverse;
use std::collections::BinaryHeap;

// Two heaps split the numbers into a lower half (a max-heap) and an upper half (a min-heap); the
// lower half has as many numbers as the upper one, or one more. The median is the top of the lower
// half, or the mean of both tops (added as i64: two numbers near 2^31 overflow an i32). add_num is
// O(log n), find_median O(1).
struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        match self.low.peek() {
            Some(&top) if num > top => self.high.push(Reverse(num)),
            _ => self.low.push(num),
        }
        if self.low.len() > self.high.len() + 1 {
            let x = self.low.pop().unwrap();
            self.high.push(Reverse(x));
        } else if self.high.len() > self.low.len() {
            let Reverse(x) = self.high.pop().unwrap();
            self.low.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let top = *self.low.peek().unwrap() as i64;
        if self.low.len() > self.high.len() {
            top as f64
        } else {
            (top + self.high.peek().unwrap().0 as i64) as f64 / 2.0
        }
    }
}
