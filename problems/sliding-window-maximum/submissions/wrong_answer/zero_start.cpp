// Wrong: rescans each window with its running maximum started at 0 instead of the first element,
// so a window of negative numbers reports 0.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        vector<int> out;
        for (int i = 0; i + k <= (int) nums.size(); i++) {
            int best = 0;
            for (int j = i; j < i + k; j++) best = max(best, nums[j]);
            out.push_back(best);
        }
        return out;
    }
};
