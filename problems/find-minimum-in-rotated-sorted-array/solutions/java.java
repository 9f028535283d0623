class Solution {
    public int findMin(int[] nums) {
        // binary search for the drop: nums[hi] is always on the minimum's side of the rotation
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[hi]) lo = mid + 1; // the drop is after mid
            else hi = mid; // nums[mid..hi] is sorted: the minimum is at mid or before
        }
        return nums[lo];
    }
}
