class Solution {
public:
    optional<int> findIndex(vector<int>& nums, int target) {
        for (int i = 0; i < nums.size(); i++) {
            if (nums[i] == target) {
                return i;
            }
        }
        return nullopt;
    }
};
