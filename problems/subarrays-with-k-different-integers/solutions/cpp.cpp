class Solution {
    long long atMost(const vector<int>& nums, int limit) {
        if (limit <= 0) return 0;
        unordered_map<int, int> count;
        count.reserve(nums.size() * 2);
        int left = 0;
        long long total = 0;
        for (int right = 0; right < (int) nums.size(); right++) {
            count[nums[right]]++;
            while ((int) count.size() > limit) {
                int y = nums[left++];
                if (--count[y] == 0) count.erase(y);
            }
            // every subarray ending at right and starting in [left, right] has at most `limit` values
            total += right - left + 1;
        }
        return total;
    }

public:
    long long subarraysWithKDistinct(vector<int>& nums, int k) {
        // exactly k = (at most k) - (at most k - 1)
        return atMost(nums, k) - atMost(nums, k - 1);
    }
};
