class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # binary search on how many elements the lower half takes from the shorter array
        a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
        m, n = len(a), len(b)
        half = (m + n + 1) // 2
        low, high = float("-inf"), float("inf")
        lo, hi = 0, m
        while True:
            i = (lo + hi) // 2  # taken from a
            j = half - i  # taken from b, 0 <= j <= n because m <= n
            a_left = a[i - 1] if i > 0 else low
            a_right = a[i] if i < m else high
            b_left = b[j - 1] if j > 0 else low
            b_right = b[j] if j < n else high
            if a_left > b_right:
                hi = i - 1  # took too many from a
            elif b_left > a_right:
                lo = i + 1  # took too few from a
            else:
                left = max(a_left, b_left)
                if (m + n) % 2 == 1:
                    return float(left)
                return (left + min(a_right, b_right)) / 2.0
