class Solution {
public:
    int jump(vector<int>& nums) {
        // Breadth-first by layers: `end` closes the run of stones reachable with `jumps` jumps. O(n).
        int jumps = 0, end = 0, farthest = 0, n = nums.size();
        for (int i = 0; i < n - 1; i++) {
            farthest = max(farthest, i + nums[i]);
            if (i == end) {
                jumps++;
                end = farthest;
            }
        }
        return jumps;
    }
};
