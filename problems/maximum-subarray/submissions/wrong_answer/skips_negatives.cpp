// Adds up only the runs of positive numbers, never crossing a negative one, and falls back on the
// largest element when nothing is positive.
class Solution {
public:
    long long maxSubArray(vector<int>& nums) {
        long long best = *max_element(nums.begin(), nums.end()), run = 0;
        for (int x : nums) {
            if (x > 0) {
                run += x;
                best = max(best, run);
            } else {
                run = 0;
            }
        }
        return best;
    }
};
