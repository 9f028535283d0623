impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        // binary search for the drop: nums[hi] is always on the minimum's side of the rotation
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] > nums[hi] {
                lo = mid + 1; // the drop is after mid
            } else {
                hi = mid; // nums[mid..=hi] is sorted: the minimum is at mid or before
            }
        }
        nums[lo]
    }
}
