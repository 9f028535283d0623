impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        // binary search on [lo, hi]: one of the halves around mid is always sorted, and a
        // range check on that half tells which side target can be on
        let (mut lo, mut hi) = (0i64, nums.len() as i64 - 1);
        while lo <= hi {
            let mid = (lo + hi) / 2;
            let (l, m, h) = (nums[lo as usize], nums[mid as usize], nums[hi as usize]);
            if m == target {
                return mid as i32;
            }
            if l <= m {
                // nums[lo..=mid] is sorted
                if l <= target && target < m {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else {
                // nums[mid..=hi] is sorted
                if m < target && target <= h {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
        }
        -1
    }
}
