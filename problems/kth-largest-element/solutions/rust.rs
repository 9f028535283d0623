use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let k = k as usize;
        // min-heap of the k largest values seen so far; its smallest one is the answer
        let mut heap: BinaryHeap<Reverse<i32>> = nums[..k].iter().map(|&x| Reverse(x)).collect();
        for &x in &nums[k..] {
            let mut smallest = heap.peek_mut().unwrap();
            if x > smallest.0 {
                *smallest = Reverse(x); // replaced in place; the heap sifts it down on drop
            }
        }
        heap.peek().unwrap().0
    }
}
