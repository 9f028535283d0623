class Solution {
    public double findMedianSortedArrays(int[] nums1, int[] nums2) {
        // binary search on how many elements the lower half takes from the shorter array
        if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
        int[] a = nums1, b = nums2;
        int m = a.length, n = b.length;
        int half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) >>> 1; // taken from a
            int j = half - i; // taken from b, 0 <= j <= n because m <= n
            long aLeft = i > 0 ? a[i - 1] : Long.MIN_VALUE;
            long aRight = i < m ? a[i] : Long.MAX_VALUE;
            long bLeft = j > 0 ? b[j - 1] : Long.MIN_VALUE;
            long bRight = j < n ? b[j] : Long.MAX_VALUE;
            if (aLeft > bRight) hi = i - 1; // took too many from a
            else if (bLeft > aRight) lo = i + 1; // took too few from a
            else {
                long left = Math.max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return left;
                return (left + Math.min(aRight, bRight)) / 2.0;
            }
        }
    }
}
