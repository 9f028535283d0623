class Solution {
public:
    long long maxProduct(vector<int>& nums) {
        // hi / lo = largest / smallest product of a subarray ending at the current element: a
        // negative number turns the smallest product into the largest one
        long long hi = nums[0], lo = nums[0], best = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            long long x = nums[i];
            long long a = hi * x, b = lo * x;
            hi = max({x, a, b});
            lo = min({x, a, b});
            best = max(best, hi);
        }
        return best;
    }
};
