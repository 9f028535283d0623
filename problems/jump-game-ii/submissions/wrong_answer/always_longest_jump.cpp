// Mistake: a greedy that always takes the longest jump from where it stands. A shorter jump can land
// on a stone that reaches much farther, so this takes too many jumps (and never looks back).
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size(), pos = 0, jumps = 0;
        while (pos < n - 1) {
            pos = min(n - 1, pos + nums[pos]);
            jumps++;
        }
        return jumps;
    }
};
