// Walks only up to the stone before the last and demands to jump strictly past it, so a row of
// one stone (already there) and an exact landing on the last stone fail.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int n = nums.size(), farthest = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (i > farthest) return false;
            farthest = max(farthest, i + nums[i]);
            if (farthest > n - 1) return true;
        }
        return false;
    }
};
