// Mistake: the right split, but the average of the two middle elements is taken with integer
// division, (left + right) / 2, and only then turned into a double: 5.5 becomes 5 (and -2.5
// becomes -2).
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        if (nums1.size() > nums2.size()) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.size(), n = nums2.size();
        int half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (lo <= hi) {
            int i = (lo + hi) / 2, j = half - i;
            int aLeft = i > 0 ? nums1[i - 1] : INT_MIN;
            int aRight = i < m ? nums1[i] : INT_MAX;
            int bLeft = j > 0 ? nums2[j - 1] : INT_MIN;
            int bRight = j < n ? nums2[j] : INT_MAX;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                int left = max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return left;
                return (left + min(aRight, bRight)) / 2;
            }
        }
        return 0;
    }
};
