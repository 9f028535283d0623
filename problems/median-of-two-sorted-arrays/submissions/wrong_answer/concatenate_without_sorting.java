// Mistake: puts nums2 after nums1 and takes the middle of the result, as if the two arrays together
// were already sorted. That holds only when every element of nums1 is at most every element of nums2.
class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        int[] all = new int[nums1.length + nums2.length];
        System.arraycopy(nums1, 0, all, 0, nums1.length);
        System.arraycopy(nums2, 0, all, nums1.length, nums2.length);
        int total = all.length;
        if (total % 2 == 1) return all[total / 2];
        return (all[total / 2 - 1] + all[total / 2]) / 2.0;
    }
}
