class Solution {
public:
    int rob(vector<int>& nums) {
        // take = best total whose last chosen house is the current one; skip = best total without it
        int take = 0, skip = 0;
        for (int x : nums) {
            int t = skip + x;
            skip = max(take, skip);
            take = t;
        }
        return max(take, skip);
    }
};
