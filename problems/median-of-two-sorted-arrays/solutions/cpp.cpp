class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        // binary search on how many elements the lower half takes from the shorter array
        if (nums1.size() > nums2.size()) return findMedianSortedArrays(nums2, nums1);
        const vector<int>& a = nums1;
        const vector<int>& b = nums2;
        int m = a.size(), n = b.size();
        int half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2; // taken from a
            int j = half - i; // taken from b, 0 <= j <= n because m <= n
            long long aLeft = i > 0 ? a[i - 1] : LLONG_MIN;
            long long aRight = i < m ? a[i] : LLONG_MAX;
            long long bLeft = j > 0 ? b[j - 1] : LLONG_MIN;
            long long bRight = j < n ? b[j] : LLONG_MAX;
            if (aLeft > bRight) hi = i - 1; // took too many from a
            else if (bLeft > aRight) lo = i + 1; // took too few from a
            else {
                long long left = max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return (double)left;
                return (left + min(aRight, bRight)) / 2.0;
            }
        }
    }
};
