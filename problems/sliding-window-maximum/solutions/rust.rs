use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // dq holds indices of the window whose values strictly decrease; the front is the maximum
        let k = k as usize;
        let n = nums.len();
        let mut dq: VecDeque<usize> = VecDeque::with_capacity(n);
        let mut out = Vec::with_capacity(n + 1 - k);
        for i in 0..n {
            while let Some(&back) = dq.back() {
                if nums[back] <= nums[i] {
                    dq.pop_back();
                } else {
                    break;
                }
            }
            dq.push_back(i);
            if *dq.front().unwrap() + k <= i {
                dq.pop_front();
            }
            if i + 1 >= k {
                out.push(nums[*dq.front().unwrap()]);
            }
        }
        out
    }
}
