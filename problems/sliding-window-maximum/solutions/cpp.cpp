class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // dq holds indices of the window whose values strictly decrease; the front is the maximum
        int n = (int) nums.size();
        deque<int> dq;
        vector<int> out;
        out.reserve(n - k + 1);
        for (int i = 0; i < n; i++) {
            while (!dq.empty() && nums[dq.back()] <= nums[i]) dq.pop_back();
            dq.push_back(i);
            if (dq.front() <= i - k) dq.pop_front();
            if (i >= k - 1) out.push_back(nums[dq.front()]);
        }
        return out;
    }
};
