impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // backtracking: fill the positions one by one with a value not used yet. O(n * n!)
        fn place(nums: &[i32], used: &mut Vec<bool>, current: &mut Vec<i32>, result: &mut Vec<Vec<i32>>) {
            if current.len() == nums.len() {
                result.push(current.clone());
                return;
            }
            for i in 0..nums.len() {
                if !used[i] {
                    used[i] = true;
                    current.push(nums[i]);
                    place(nums, used, current, result);
                    current.pop();
                    used[i] = false;
                }
            }
        }
        let mut result = Vec::new();
        let mut used = vec![false; nums.len()];
        let mut current = Vec::with_capacity(nums.len());
        place(&nums, &mut used, &mut current, &mut result);
        result
    }
}
