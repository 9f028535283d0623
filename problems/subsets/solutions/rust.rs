impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // sort, then for each value add a copy of every subset so far with the value appended:
        // the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
        let mut sorted = nums;
        sorted.sort_unstable();
        let mut result: Vec<Vec<i32>> = Vec::with_capacity(1 << sorted.len());
        result.push(Vec::new());
        for &x in &sorted {
            let count = result.len();
            for i in 0..count {
                let mut s = result[i].clone();
                s.push(x);
                result.push(s);
            }
        }
        result
    }
}
