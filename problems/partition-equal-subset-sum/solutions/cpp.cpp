class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 == 1) return false;
        int target = total / 2;
        // reach[s] = true when some of the numbers seen so far add up to s
        vector<char> reach(target + 1, 0);
        reach[0] = 1;
        for (int x : nums) {
            // downwards, so that each number is used at most once
            for (int s = target; s >= x; s--) {
                if (reach[s - x]) reach[s] = 1;
            }
        }
        return reach[target];
    }
};
