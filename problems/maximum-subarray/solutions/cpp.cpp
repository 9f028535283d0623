class Solution {
public:
    long long maxSubArray(vector<int>& nums) {
        long long best = nums[0], current = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            current = current > 0 ? current + nums[i] : nums[i];
            best = max(best, current);
        }
        return best;
    }
};
