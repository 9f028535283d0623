impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // tails[i] = smallest last value of a strictly increasing subsequence of length i + 1;
        // tails stays sorted, so each element needs only a binary search: O(n log n)
        let mut tails: Vec<i32> = Vec::new();
        for x in nums {
            let pos = tails.partition_point(|&t| t < x);
            if pos == tails.len() {
                tails.push(x);
            } else {
                tails[pos] = x;
            }
        }
        tails.len() as i32
    }
}
